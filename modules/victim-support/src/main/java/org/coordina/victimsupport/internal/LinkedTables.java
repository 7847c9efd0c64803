package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.coordina.victimsupport.events.ProtectedStatistics;

/**
 * The published victim statistics of one year as one linked system: every commission and the national
 * scope, each in every period (Q1..Q4, H1, H2, YEAR), each table with its margins, and the equations that
 * link them (each table's rows, columns and margins; H1 = Q1 + Q2, H2 = Q3 + Q4, YEAR = H1 + H2; national =
 * the sum of the commissions). Suppression is chosen on the whole system, so no hidden figure can be
 * recovered by differencing periods or scopes. It is chosen in stages, one per quarter in the order of
 * publication (stage q adds Qq and the half-year or year that it completes), each stage keeping the choices
 * of the earlier ones: a stage depends only on the counts of its quarters and earlier ones, so publishing a
 * later quarter never changes what an earlier one showed.
 */
public final class LinkedTables {

    /** The scope of the national tables. */
    public static final String NATIONAL = "national";

    private final int minimumCellSize;

    private final int publishedQuarters;

    private final Map<String, Map<TablePeriod, StatisticsTable>> tables;

    private final Map<String, Integer> values = new LinkedHashMap<>();

    private final List<List<String>> lines = new ArrayList<>();

    private Set<String> hidden = Set.of();

    private LinkedTables(int minimumCellSize, int publishedQuarters,
            Map<String, Map<TablePeriod, StatisticsTable>> tables) {
        this.minimumCellSize = minimumCellSize;
        this.publishedQuarters = publishedQuarters;
        this.tables = tables;
    }

    /**
     * Protects the tables of the first {@code publishedQuarters} quarters (0..4) and the half-years and year
     * they complete, from each commission's raw quarterly counts (a missing quarter counts as nothing).
     */
    public static LinkedTables protect(int minimumCellSize, Map<String, Map<Integer, StatisticsTable>> quarters,
            int publishedQuarters) {
        var tables = new TreeMap<String, Map<TablePeriod, StatisticsTable>>();
        quarters.forEach((commission, byQuarter) -> tables.put(commission, periods(byQuarter)));
        var national = new LinkedHashMap<TablePeriod, StatisticsTable>();
        for (var period : TablePeriod.values()) {
            national.put(period, tables.values().stream().map(byPeriod -> byPeriod.get(period))
                    .reduce(StatisticsTable.empty(), StatisticsTable::plus));
        }
        tables.put(NATIONAL, national);
        var linked = new LinkedTables(minimumCellSize, publishedQuarters, tables);
        linked.suppress();
        return linked;
    }

    private static Map<TablePeriod, StatisticsTable> periods(Map<Integer, StatisticsTable> byQuarter) {
        var periods = new LinkedHashMap<TablePeriod, StatisticsTable>();
        for (var period : TablePeriod.values()) {
            periods.put(period, period.quarters().stream()
                    .map(quarter -> byQuarter.getOrDefault(quarter, StatisticsTable.empty()))
                    .reduce(StatisticsTable.empty(), StatisticsTable::plus));
        }
        return periods;
    }

    /** The stage that publishes a period: its last quarter. */
    static int stage(TablePeriod period) {
        return period.quarters().get(period.quarters().size() - 1);
    }

    private void suppress() {
        var figures = List.copyOf(DisclosureControl.values(StatisticsTable.empty()).keySet());
        for (var stage = 1; stage <= publishedQuarters; stage++) {
            var current = new HashSet<String>();
            for (var period : TablePeriod.values()) {
                if (stage(period) != stage) {
                    continue;
                }
                for (var scope : tables.keySet()) {
                    DisclosureControl.values(tables.get(scope).get(period)).forEach((figure, value) -> {
                        values.put(key(scope, period, figure), value);
                        current.add(key(scope, period, figure));
                    });
                    for (var line : DisclosureControl.lines()) {
                        lines.add(line.stream().map(figure -> key(scope, period, figure)).toList());
                    }
                    if (period.quarters().size() > 1) {
                        var parts = period == TablePeriod.YEAR ? List.of(TablePeriod.H1, TablePeriod.H2)
                                : period.quarters().stream().map(quarter -> TablePeriod.values()[quarter - 1]).toList();
                        for (var figure : figures) {
                            var line = new ArrayList<String>();
                            parts.forEach(part -> line.add(key(scope, part, figure)));
                            line.add(key(scope, period, figure));
                            lines.add(line);
                        }
                    }
                }
                for (var figure : figures) {
                    var line = new ArrayList<String>();
                    tables.keySet().stream().filter(scope -> !NATIONAL.equals(scope))
                            .forEach(scope -> line.add(key(scope, period, figure)));
                    line.add(key(NATIONAL, period, figure));
                    lines.add(line);
                }
            }
            hidden = new Suppression(lines, values, current::contains, minimumCellSize).hide(hidden);
        }
    }

    private static String key(String scope, TablePeriod period, String figure) {
        return scope + "/" + period + "/" + figure;
    }

    /** Whether the period's tables are published: all its quarters are. */
    public boolean published(TablePeriod period) {
        return stage(period) <= publishedQuarters;
    }

    /** The protected table of a scope (a commission code or {@link #NATIONAL}) and period, if published. */
    public Optional<ProtectedStatistics> table(String scope, TablePeriod period) {
        if (!published(period)) {
            return Optional.empty();
        }
        var table = tables.containsKey(scope) ? tables.get(scope).get(period) : StatisticsTable.empty();
        var prefix = scope + "/" + period + "/";
        var hiddenFigures = new HashSet<String>();
        hidden.stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> hiddenFigures.add(key.substring(prefix.length())));
        return Optional.of(DisclosureControl.publish(table, hiddenFigures, minimumCellSize));
    }

    /** The scopes of the system: the commissions with counts, then national. */
    public Set<String> scopes() {
        return tables.keySet();
    }

    /** The equations of the published system (parts, then their sum), for the audit. */
    List<List<String>> lines() {
        return lines;
    }

    /** The raw value of each published figure by its key. */
    Map<String, Integer> values() {
        return values;
    }

    /** The keys of the suppressed figures. */
    Set<String> hidden() {
        return hidden;
    }
}
