package org.coordina.internationalcooperation.internal;

import java.util.HashMap;
import java.util.Map;

/** The conditions of a list query and their named parameters; a condition is added only when its filter is set. */
final class JdbcFilter {

    private final StringBuilder where = new StringBuilder();

    private final Map<String, Object> params = new HashMap<>();

    JdbcFilter add(boolean applies, String condition, String name, Object value) {
        if (applies) {
            where.append(where.isEmpty() ? " WHERE " : " AND ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
