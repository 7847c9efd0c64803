package org.coordina.victimsupport.internal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.ProtectedStatistics;
import org.coordina.victimsupport.internal.Tabulation;

/**
 * One tabulation of published (or raw) figures as a page shows it: rows with their cells and margin, the columns'
 * margins and the total. A suppressed figure stays suppressed here: it is never turned into a number.
 */
record ShownTable(Tabulation tabulation, List<ShownRow> rows, List<ProtectedFigure> columnMargins,
        ProtectedFigure total) {

    /** A row of a shown table: its value, its cells in column order and its margin. */
    record ShownRow(String value, List<ProtectedFigure> cells, ProtectedFigure margin) {
    }

    /** Every tabulation of these figures, in the tabulations' order. */
    static List<ShownTable> of(ProtectedStatistics statistics) {
        var cells = new HashMap<String, ProtectedFigure>();
        statistics.cells().forEach(cell -> cells.put(cell.tabulation() + "|" + cell.row() + "|" + cell.column(),
                cell.figure()));
        var margins = new HashMap<String, ProtectedFigure>();
        statistics.margins().forEach(margin -> margins.put(margin.dimension() + "|" + margin.value(), margin.figure()));
        var tables = new ArrayList<ShownTable>();
        for (var tabulation : Tabulation.values()) {
            var rows = tabulation.rowValues().stream().map(row -> new ShownRow(row,
                    tabulation.columnValues().stream()
                            .map(column -> figure(cells, tabulation + "|" + row + "|" + column)).toList(),
                    figure(margins, tabulation.rowDimension() + "|" + row))).toList();
            var columnMargins = tabulation.columnValues().stream()
                    .map(column -> figure(margins, tabulation.columnDimension() + "|" + column)).toList();
            tables.add(new ShownTable(tabulation, rows, columnMargins, statistics.total()));
        }
        return tables;
    }

    /** A figure the statistics do not list is not known: shown as suppressed, never as 0. */
    private static ProtectedFigure figure(java.util.Map<String, ProtectedFigure> figures, String key) {
        var figure = figures.get(key);
        return figure == null ? ProtectedFigure.hidden() : figure;
    }
}
