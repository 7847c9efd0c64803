package org.coordina.sharedkernel.commissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table {@code <schema>.known_commission} of one module ({@code id, code, name_bg, name_en, status,
 * source_version, projected_at}): each module keeps its own in its own schema.
 */
public final class JdbcRegisteredCommissionRepository implements RegisteredCommissionRepository {

    private static final Pattern SCHEMA = Pattern.compile("[a-z]+");

    private final JdbcClient jdbc;

    private final String table;

    /** The commissions kept in {@code <schema>.known_commission}. */
    public JdbcRegisteredCommissionRepository(JdbcClient jdbc, String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a module schema: " + schema);
        }
        this.jdbc = jdbc;
        this.table = schema + ".known_commission";
    }

    @Override
    public boolean upsert(UUID id, String code, String nameBg, String nameEn, String status, long sourceVersion,
            Instant projectedAt) {
        return jdbc.sql("""
                INSERT INTO %1$s (id, code, name_bg, name_en, status, source_version, projected_at)
                VALUES (:id, :code, COALESCE(:nameBg, :code), COALESCE(:nameEn, :code), COALESCE(:status, 'ACTIVE'),
                        :sourceVersion, :projectedAt)
                ON CONFLICT (id) DO UPDATE
                SET code = EXCLUDED.code,
                    name_bg = COALESCE(:nameBg, %1$s.name_bg),
                    name_en = COALESCE(:nameEn, %1$s.name_en),
                    status = COALESCE(:status, %1$s.status),
                    source_version = EXCLUDED.source_version, projected_at = EXCLUDED.projected_at
                WHERE %1$s.source_version < EXCLUDED.source_version
                """.formatted(table))
                .param("id", id).param("code", code, Types.VARCHAR)
                .param("nameBg", nameBg, Types.VARCHAR).param("nameEn", nameEn, Types.VARCHAR)
                .param("status", status, Types.VARCHAR).param("sourceVersion", sourceVersion)
                .param("projectedAt", OffsetDateTime.ofInstant(projectedAt, ZoneOffset.UTC))
                .update() > 0;
    }

    @Override
    public List<RegisteredCommission> findUsable(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM " + table + " WHERE code IN (:codes) AND status <> 'DISSOLVED'")
                .param("codes", codes).query(JdbcRegisteredCommissionRepository::commission).list();
    }

    @Override
    public List<RegisteredCommission> findActive() {
        return jdbc.sql("SELECT * FROM " + table + " WHERE status = 'ACTIVE' ORDER BY code")
                .query(JdbcRegisteredCommissionRepository::commission).list();
    }

    @Override
    public List<RegisteredCommission> findByCode(String code) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE code = :code").param("code", code)
                .query(JdbcRegisteredCommissionRepository::commission).list();
    }

    private static RegisteredCommission commission(ResultSet row, int number) throws SQLException {
        return new RegisteredCommission(row.getObject("id", UUID.class), row.getString("code"),
                row.getString("name_bg"), row.getString("name_en"), CommissionState.valueOf(row.getString("status")),
                row.getLong("source_version"), row.getObject("projected_at", OffsetDateTime.class).toInstant());
    }
}
