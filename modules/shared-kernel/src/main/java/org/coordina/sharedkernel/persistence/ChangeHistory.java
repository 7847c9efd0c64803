package org.coordina.sharedkernel.persistence;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of a module's aggregates, kept in the module's own schema (table {@code change_history}:
 * {@code aggregate_type, aggregate_id, aggregate_version, action, changes jsonb, reason, changed_by,
 * changed_at}). A module creates one for its schema and records each change in the transaction that
 * makes it; the signed-in user (or {@code system}) is who changed it. Every module can use it without
 * depending on another module.
 */
public final class ChangeHistory {

    private static final Pattern SCHEMA = Pattern.compile("[a-z]+");

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final Clock clock;

    private final String table;

    /** The history kept in {@code <schema>.change_history}. */
    public ChangeHistory(JdbcClient jdbc, JsonMapper json, Clock clock, String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a module schema: " + schema);
        }
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.table = schema + ".change_history";
    }

    /** Records a change of an aggregate, now, by the signed-in user. */
    public void record(String aggregateType, UUID aggregateId, long aggregateVersion, String action,
            List<FieldChange> changes, String reason) {
        jdbc.sql("INSERT INTO " + table + " (aggregate_type, aggregate_id, aggregate_version, action, changes, reason,"
                + " changed_by, changed_at) VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)")
                .params(aggregateType, aggregateId, aggregateVersion, action, json.writeValueAsString(changes), reason,
                        currentUser(), java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** The changes of these aggregates, oldest first. */
    public List<HistoryEntry> of(List<UUID> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT aggregate_type, aggregate_id, aggregate_version, action, changes, reason, changed_by,"
                + " changed_at FROM " + table + " WHERE aggregate_id = ANY(?) ORDER BY id")
                .param(aggregateIds.toArray(UUID[]::new))
                .query((row, n) -> new HistoryEntry(row.getString("aggregate_type"), row.getObject("aggregate_id", UUID.class),
                        row.getLong("aggregate_version"), row.getString("action"),
                        json.readValue(row.getString("changes"), CHANGES), row.getString("reason"),
                        row.getString("changed_by"), row.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "system";
        }
        return authentication.getName();
    }
}
