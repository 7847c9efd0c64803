package org.coordina.sharedkernel.persistence;

import java.util.Map;
import java.util.StringJoiner;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code ORDER BY … LIMIT … OFFSET …} of a page, for read queries written in SQL. Sort keys are
 * properties that the web's sort whitelist ({@code @SortableBy}) already admitted; each maps to a column here, so no text
 * from a request reaches the SQL.
 */
public final class SqlPage {

    private SqlPage() {
    }

    /** The clause for this page; {@code columns} maps each sortable property (and {@code id}) to its column. */
    public static String clause(Pageable pageable, Map<String, String> columns, String defaultOrder) {
        var order = new StringJoiner(", ", " ORDER BY ", "");
        for (Sort.Order each : pageable.getSort()) {
            var column = columns.get(each.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Not a sortable property: " + each.getProperty());
            }
            order.add(column + (each.isAscending() ? " ASC" : " DESC"));
        }
        var clause = pageable.getSort().isSorted() ? order.toString() : " ORDER BY " + defaultOrder;
        if (pageable.isPaged()) {
            clause += " LIMIT " + pageable.getPageSize() + " OFFSET " + pageable.getOffset();
        }
        return clause;
    }
}
