package org.coordina.victimsupport.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coordina.victimsupport.internal.MarginCheck;
import org.coordina.victimsupport.internal.StatisticsCell;
import org.coordina.victimsupport.internal.StatisticsTable;
import org.coordina.victimsupport.internal.Tabulation;

/**
 * The statistics grid as a page shows and posts it: the text of the total and of every cell of every tabulation,
 * by field name ({@code TABULATION-ROW-COLUMN}). A blank count is 0; a count that is not a whole number from 0 to
 * 1,000,000 (the API's limit) is an error of its field and counts 0 in the margins.
 */
final class StatisticsGrid {

    static final String TOTAL = "total";

    static final int MAXIMUM = 1_000_000;

    private final Map<String, String> texts;

    private final Map<String, String> errors = new LinkedHashMap<>();

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private StatisticsGrid(Map<String, String> texts) {
        this.texts = texts;
        parse(TOTAL);
        for (var tabulation : Tabulation.values()) {
            for (var row : tabulation.rowValues()) {
                for (var column : tabulation.columnValues()) {
                    parse(field(tabulation, row, column));
                }
            }
        }
    }

    /** The field name of a cell. */
    static String field(Tabulation tabulation, String row, String column) {
        return tabulation.name() + "-" + row + "-" + column;
    }

    /** What was posted; other parameters (the version, the CSRF token) are ignored. */
    static StatisticsGrid entered(Map<String, String> parameters) {
        return new StatisticsGrid(new LinkedHashMap<>(parameters));
    }

    /** The counts of stored statistics. */
    static StatisticsGrid of(StatisticsTable table) {
        var texts = new LinkedHashMap<String, String>();
        texts.put(TOTAL, String.valueOf(table.total()));
        for (var tabulation : Tabulation.values()) {
            for (var row : tabulation.rowValues()) {
                for (var column : tabulation.columnValues()) {
                    texts.put(field(tabulation, row, column), String.valueOf(table.count(tabulation, row, column)));
                }
            }
        }
        return new StatisticsGrid(texts);
    }

    /** A grid of nothing entered yet. */
    static StatisticsGrid empty() {
        return new StatisticsGrid(new LinkedHashMap<>());
    }

    private void parse(String field) {
        var text = texts.get(field);
        if (text == null || text.isBlank()) {
            counts.put(field, 0);
            return;
        }
        try {
            var count = Integer.parseInt(text.strip());
            if (count < 0 || count > MAXIMUM) {
                errors.put(field, "victimsupport.page.statistics.countRange");
                count = 0;
            }
            counts.put(field, count);
        }
        catch (NumberFormatException notANumber) {
            errors.put(field, "victimsupport.page.statistics.countRange");
            counts.put(field, 0);
        }
    }

    /** The text of a field as entered (blank for nothing); public for the template. */
    public String text(String field) {
        var text = texts.get(field);
        return text == null ? "" : text;
    }

    /** The message code of each field's error. */
    Map<String, String> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int total() {
        return counts.get(TOTAL);
    }

    /** The non-zero cells. */
    List<StatisticsCell> cells() {
        var cells = new ArrayList<StatisticsCell>();
        for (var tabulation : Tabulation.values()) {
            for (var row : tabulation.rowValues()) {
                for (var column : tabulation.columnValues()) {
                    var count = counts.get(field(tabulation, row, column));
                    if (count != 0) {
                        cells.add(new StatisticsCell(tabulation, row, column, count));
                    }
                }
            }
        }
        return cells;
    }

    /** The margins and disagreements, by the module's rules. */
    MarginCheck check() {
        return MarginCheck.of(total(), cells());
    }

    /** The consistent table; a disagreement is the module's 422. */
    StatisticsTable table() {
        return StatisticsTable.of(total(), cells());
    }
}
