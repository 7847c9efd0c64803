package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * The raw counts of a submission or of a sum of submissions: a total and the cells of every
 * {@link Tabulation} (missing cells count 0). Only consistent tables exist: counts are non-negative,
 * every value belongs to its dimension, every tabulation sums to the total, and a dimension has the same
 * margin in every tabulation that shows it.
 */
public final class StatisticsTable {

    private final int total;

    private final Map<Tabulation, int[][]> counts;

    private StatisticsTable(int total, Map<Tabulation, int[][]> counts) {
        this.total = total;
        this.counts = counts;
    }

    /** Checks and builds the table; a broken rule is a 422 naming the cell, table or margin. */
    public static StatisticsTable of(int total, Collection<StatisticsCell> cells) {
        if (total < 0) {
            throw DomainProblem.ruleViolated("victimsupport.statistics.negative", "total");
        }
        var counts = new EnumMap<Tabulation, int[][]>(Tabulation.class);
        var given = new EnumMap<Tabulation, boolean[][]>(Tabulation.class);
        for (var tabulation : Tabulation.values()) {
            counts.put(tabulation, new int[tabulation.rows().categories().size()][tabulation.columns().categories().size()]);
            given.put(tabulation, new boolean[tabulation.rows().categories().size()][tabulation.columns().categories().size()]);
        }
        for (var cell : cells) {
            Objects.requireNonNull(cell.tabulation(), "tabulation");
            var tabulation = cell.tabulation();
            var row = tabulation.rows().categories().indexOf(cell.rowValue());
            var column = tabulation.columns().categories().indexOf(cell.columnValue());
            if (row < 0 || column < 0) {
                throw DomainProblem.ruleViolated("victimsupport.statistics.unknownValue", tabulation,
                        row < 0 ? cell.rowValue() : cell.columnValue());
            }
            if (cell.count() < 0) {
                throw DomainProblem.ruleViolated("victimsupport.statistics.negative",
                        tabulation + "/" + cell.rowValue() + "/" + cell.columnValue());
            }
            if (given.get(tabulation)[row][column]) {
                throw DomainProblem.ruleViolated("victimsupport.statistics.duplicateCell", tabulation, cell.rowValue(),
                        cell.columnValue());
            }
            given.get(tabulation)[row][column] = true;
            counts.get(tabulation)[row][column] = cell.count();
        }
        var table = new StatisticsTable(total, counts);
        table.requireConsistentMargins();
        return table;
    }

    private void requireConsistentMargins() {
        var disagreements = MarginCheck.of(total, counts).disagreements();
        if (!disagreements.isEmpty()) {
            throw disagreements.get(0).problem();
        }
    }

    public int total() {
        return total;
    }

    /** The count of one cell. */
    public int count(Tabulation tabulation, String row, String column) {
        return counts.get(tabulation)[tabulation.rows().categories().indexOf(row)][tabulation.columns().categories()
                .indexOf(column)];
    }

    /** The victims with this value of this dimension (the same in every tabulation showing it). */
    public int margin(Dimension dimension, String value) {
        for (var tabulation : Tabulation.values()) {
            if (tabulation.dimensions().contains(dimension)) {
                return margin(tabulation, dimension, value);
            }
        }
        throw new IllegalArgumentException("No tabulation shows " + dimension);
    }

    private int margin(Tabulation tabulation, Dimension dimension, String value) {
        var sum = 0;
        var table = counts.get(tabulation);
        if (tabulation.rows() == dimension) {
            for (var count : table[tabulation.rows().categories().indexOf(value)]) {
                sum += count;
            }
        }
        else {
            var column = tabulation.columns().categories().indexOf(value);
            for (var row : table) {
                sum += row[column];
            }
        }
        return sum;
    }

    /** The cell-by-cell sum of two tables (of two quarters or two commissions). */
    public StatisticsTable plus(StatisticsTable other) {
        var sum = new ArrayList<StatisticsCell>();
        forEachCell((tabulation, row, column, count) -> sum.add(new StatisticsCell(tabulation, row, column,
                count + other.count(tabulation, row, column))));
        return of(total + other.total, sum);
    }

    /** The table of nobody: every count zero. */
    public static StatisticsTable empty() {
        return of(0, List.of());
    }

    /** The non-zero cells, in the order of the tabulations and their values (what is stored). */
    public List<StatisticsCell> cells() {
        var cells = new ArrayList<StatisticsCell>();
        forEachCell((tabulation, row, column, count) -> {
            if (count != 0) {
                cells.add(new StatisticsCell(tabulation, row, column, count));
            }
        });
        return cells;
    }

    /** Every cell, zeros included, in the order of the tabulations and their values. */
    void forEachCell(CellVisitor visitor) {
        for (var tabulation : Tabulation.values()) {
            var table = counts.get(tabulation);
            for (var row = 0; row < table.length; row++) {
                for (var column = 0; column < table[row].length; column++) {
                    visitor.visit(tabulation, tabulation.rows().categories().get(row),
                            tabulation.columns().categories().get(column), table[row][column]);
                }
            }
        }
    }

    /** The dimensions the tabulations show, in a stable order. */
    static List<Dimension> dimensions() {
        var dimensions = new LinkedHashMap<Dimension, Boolean>();
        for (var tabulation : Tabulation.values()) {
            tabulation.dimensions().forEach(dimension -> dimensions.put(dimension, true));
        }
        return dimensions.keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** Sees one cell of a table. */
    @FunctionalInterface
    interface CellVisitor {

        void visit(Tabulation tabulation, String row, String column, int count);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof StatisticsTable table) || table.total != total) {
            return false;
        }
        for (var tabulation : Tabulation.values()) {
            if (!java.util.Arrays.deepEquals(counts.get(tabulation), table.counts.get(tabulation))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(total);
    }
}
