package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coordina.victimsupport.events.ProtectedCell;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.ProtectedMargin;
import org.coordina.victimsupport.events.ProtectedStatistics;
import org.springframework.stereotype.Component;

/**
 * Protects victim statistics before they leave the national experts' hands.
 * <p>
 * Primary suppression hides every count from 1 to k−1. The published figures are linked by equations: each
 * row and column of a tabulation sums to its margin, each dimension's margins sum to the total. Secondary
 * suppression ({@link Suppression}) then hides more positive counts until no hidden primary count can be
 * solved from them. Zeros are published: a zero is the absence of victims, not a person. This class protects
 * one table on its own (a single submission); the published tables of a year are protected together, across
 * periods and scopes, by {@link LinkedTables} with the same rules.
 */
@Component
public class DisclosureControl {

    private static final String TOTAL = "T";

    private final int minimumCellSize;

    DisclosureControl(DisclosureProperties properties) {
        this.minimumCellSize = properties.minimumCellSize();
    }

    public int minimumCellSize() {
        return minimumCellSize;
    }

    /** The table as the national experts see it: nothing suppressed. */
    public ProtectedStatistics raw(StatisticsTable table) {
        return publish(table, Set.of(), 0);
    }

    /** The table on its own as everyone else sees it (one submission; published tables go through {@link LinkedTables}). */
    public ProtectedStatistics protect(StatisticsTable table) {
        var values = values(table);
        var hidden = new Suppression(lines(), values, key -> true, minimumCellSize).hide(Set.of());
        return publish(table, hidden, minimumCellSize);
    }

    /** Every figure a table publishes, by key: cells, margins and the total. */
    static Map<String, Integer> values(StatisticsTable table) {
        var values = new LinkedHashMap<String, Integer>();
        values.put(TOTAL, table.total());
        for (var dimension : StatisticsTable.dimensions()) {
            for (var value : dimension.categories()) {
                values.put(marginKey(dimension, value), table.margin(dimension, value));
            }
        }
        table.forEachCell((tabulation, row, column, count) -> values.put(cellKey(tabulation, row, column), count));
        return values;
    }

    /**
     * The equations between the published figures: each is a line whose last key is the sum of the others
     * (a row or column of a tabulation and its margin, a dimension's margins and the total).
     */
    static List<List<String>> lines() {
        var lines = new ArrayList<List<String>>();
        for (var dimension : StatisticsTable.dimensions()) {
            var line = new ArrayList<String>();
            dimension.categories().forEach(value -> line.add(marginKey(dimension, value)));
            line.add(TOTAL);
            lines.add(line);
        }
        for (var tabulation : Tabulation.values()) {
            for (var row : tabulation.rows().categories()) {
                var line = new ArrayList<String>();
                tabulation.columns().categories().forEach(column -> line.add(cellKey(tabulation, row, column)));
                line.add(marginKey(tabulation.rows(), row));
                lines.add(line);
            }
            for (var column : tabulation.columns().categories()) {
                var line = new ArrayList<String>();
                tabulation.rows().categories().forEach(row -> line.add(cellKey(tabulation, row, column)));
                line.add(marginKey(tabulation.columns(), column));
                lines.add(line);
            }
        }
        return lines;
    }

    static String marginKey(Dimension dimension, String value) {
        return "M|" + dimension + "|" + value;
    }

    static String cellKey(Tabulation tabulation, String row, String column) {
        return "C|" + tabulation + "|" + row + "|" + column;
    }

    static ProtectedStatistics publish(StatisticsTable table, Set<String> hidden, int minimumCellSize) {
        var values = new HashMap<>(values(table));
        var margins = new ArrayList<ProtectedMargin>();
        for (var dimension : StatisticsTable.dimensions()) {
            for (var value : dimension.categories()) {
                margins.add(new ProtectedMargin(dimension.name(), value,
                        figure(marginKey(dimension, value), values, hidden)));
            }
        }
        var cells = new ArrayList<ProtectedCell>();
        table.forEachCell((tabulation, row, column, count) -> cells.add(new ProtectedCell(tabulation.name(), row,
                column, figure(cellKey(tabulation, row, column), values, hidden))));
        return new ProtectedStatistics(minimumCellSize, figure(TOTAL, values, hidden), margins, cells);
    }

    private static ProtectedFigure figure(String key, Map<String, Integer> values, Set<String> hidden) {
        return hidden.contains(key) ? ProtectedFigure.hidden() : ProtectedFigure.of(values.get(key));
    }

    /** Protects a single count (of a support activity): hidden from 1 to k−1, shown otherwise. */
    public ProtectedFigure protect(int count) {
        return count > 0 && count < minimumCellSize ? ProtectedFigure.hidden() : ProtectedFigure.of(count);
    }
}
