package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.springframework.context.MessageSourceResolvable;

/**
 * The margins of a quarter's counts and every place where they disagree, by the rules a {@link StatisticsTable}
 * enforces (each tabulation sums to the total; a dimension has the same margin in every tabulation showing it):
 * all disagreements at once, so that the statistics grid can show them while the counts are being entered.
 */
public final class MarginCheck {

    private final int total;

    private final Map<Tabulation, int[][]> counts;

    private MarginCheck(int total, Map<Tabulation, int[][]> counts) {
        this.total = total;
        this.counts = counts;
    }

    /** Checks counts as they were entered: cells of unknown rows or columns are left out, as the grid has none. */
    public static MarginCheck of(int total, Collection<StatisticsCell> cells) {
        var counts = new EnumMap<Tabulation, int[][]>(Tabulation.class);
        for (var tabulation : Tabulation.values()) {
            counts.put(tabulation, new int[tabulation.rowValues().size()][tabulation.columnValues().size()]);
        }
        for (var cell : cells) {
            var row = cell.tabulation().rowValues().indexOf(cell.rowValue());
            var column = cell.tabulation().columnValues().indexOf(cell.columnValue());
            if (row >= 0 && column >= 0) {
                counts.get(cell.tabulation())[row][column] = cell.count();
            }
        }
        return new MarginCheck(total, counts);
    }

    static MarginCheck of(int total, Map<Tabulation, int[][]> counts) {
        return new MarginCheck(total, counts);
    }

    public int total() {
        return total;
    }

    /** The sum of a row of this tabulation. */
    public int rowSum(Tabulation tabulation, String row) {
        return margin(tabulation, tabulation.rows(), row);
    }

    /** The sum of a column of this tabulation. */
    public int columnSum(Tabulation tabulation, String column) {
        return margin(tabulation, tabulation.columns(), column);
    }

    /** The sum of every cell of this tabulation. */
    public long tableSum(Tabulation tabulation) {
        var sum = 0L;
        for (var row : counts.get(tabulation)) {
            for (var count : row) {
                sum += count;
            }
        }
        return sum;
    }

    /** Every disagreement, in the order a {@link StatisticsTable} finds them (its first is the one it refuses). */
    public List<Disagreement> disagreements() {
        var found = new ArrayList<Disagreement>();
        var seen = new EnumMap<Dimension, Tabulation>(Dimension.class);
        for (var tabulation : Tabulation.values()) {
            var sum = tableSum(tabulation);
            if (sum != total) {
                found.add(new Disagreement(tabulation, "victimsupport.statistics.tableTotal", tabulation, sum, total));
            }
            for (var dimension : tabulation.dimensions()) {
                var first = seen.putIfAbsent(dimension, tabulation);
                if (first == null) {
                    continue;
                }
                for (var value : dimension.categories()) {
                    var expected = margin(first, dimension, value);
                    var actual = margin(tabulation, dimension, value);
                    if (expected != actual) {
                        found.add(new Disagreement(tabulation, "victimsupport.statistics.marginMismatch", dimension,
                                value, first, expected, tabulation, actual));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Each value of each dimension with its margin in every tabulation that shows it, side by side: where they
     * differ, the tables disagree.
     */
    public List<MarginRow> margins() {
        var rows = new ArrayList<MarginRow>();
        for (var dimension : StatisticsTable.dimensions()) {
            var showing = java.util.Arrays.stream(Tabulation.values())
                    .filter(tabulation -> tabulation.dimensions().contains(dimension)).toList();
            for (var value : dimension.categories()) {
                var sums = showing.stream().map(tabulation -> margin(tabulation, dimension, value)).toList();
                rows.add(new MarginRow(dimension.name(), value, showing, sums));
            }
        }
        return rows;
    }

    private int margin(Tabulation tabulation, Dimension dimension, String value) {
        var sum = 0;
        var table = counts.get(tabulation);
        if (tabulation.rows() == dimension) {
            for (var count : table[tabulation.rowValues().indexOf(value)]) {
                sum += count;
            }
        }
        else {
            var column = tabulation.columnValues().indexOf(value);
            for (var row : table) {
                sum += row[column];
            }
        }
        return sum;
    }

    /** A value's margin in each tabulation showing its dimension. */
    record MarginRow(String dimension, String value, List<Tabulation> tabulations, List<Integer> sums) {

        public MarginRow {
            tabulations = List.copyOf(tabulations);
            sums = List.copyOf(sums);
        }

        /** Whether every tabulation has the same margin. */
        public boolean agrees() {
            return sums.stream().distinct().count() <= 1;
        }
    }

    /** Where the counts disagree: the tabulation it shows in, and the module's message for it. */
    public record Disagreement(Tabulation tabulation, String code, Object... arguments) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] { code };
        }

        @Override
        public Object[] getArguments() {
            return arguments.clone();
        }

        @Override
        public String getDefaultMessage() {
            return code;
        }

        DomainProblem problem() {
            return DomainProblem.ruleViolated(code, arguments);
        }
    }
}
