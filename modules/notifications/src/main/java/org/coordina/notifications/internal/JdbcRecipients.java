package org.coordina.notifications.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coordina.accounts.events.AccountRole;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The projection of the accounts (fed by the accounts events only) and the commissions, and the resolution of an
 * audience to the enabled accounts it names, each with its address and language.
 */
@Repository
class JdbcRecipients {

    private static final String RECIPIENT = "SELECT a.username, a.email, COALESCE(p.language, 'bg') AS language"
            + " FROM notifications.known_account a LEFT JOIN notifications.preference p ON p.username = a.username"
            + " WHERE a.enabled";

    private final JdbcClient jdbc;

    JdbcRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an account's state, unless a newer version is known (events arrive at least once, in any order);
     * a {@code null} e-mail keeps the stored one.
     */
    boolean projectAccount(UUID accountId, long version, String username, AccountRole role, CommissionCode commission,
            String email, boolean enabled, Instant now) {
        return jdbc.sql("""
                INSERT INTO notifications.known_account
                    (account_id, username, role, commission_code, email, enabled, source_version, projected_at)
                VALUES (:id, :username, :role, :commission, :email, :enabled, :version, :now)
                ON CONFLICT (account_id) DO UPDATE
                SET username = EXCLUDED.username, role = EXCLUDED.role, commission_code = EXCLUDED.commission_code,
                    email = COALESCE(EXCLUDED.email, notifications.known_account.email), enabled = EXCLUDED.enabled,
                    source_version = EXCLUDED.source_version, projected_at = EXCLUDED.projected_at
                WHERE notifications.known_account.source_version < EXCLUDED.source_version
                """).param("id", accountId).param("username", username).param("role", role.name())
                .param("commission", commission == null ? null : commission.value()).param("email", email)
                .param("enabled", enabled).param("version", version).param("now", java.sql.Timestamp.from(now))
                .update() > 0;
    }

    /** Records a commission's names, unless a newer version is known; {@code null} names keep the stored ones. */
    void projectCommission(UUID id, CommissionCode code, String nameBg, String nameEn, long version, Instant now) {
        jdbc.sql("""
                INSERT INTO notifications.known_commission (id, code, name_bg, name_en, source_version, projected_at)
                VALUES (:id, :code, COALESCE(:nameBg, :code), COALESCE(:nameEn, :code), :version, :now)
                ON CONFLICT (id) DO UPDATE
                SET code = EXCLUDED.code, name_bg = COALESCE(:nameBg, notifications.known_commission.name_bg),
                    name_en = COALESCE(:nameEn, notifications.known_commission.name_en),
                    source_version = EXCLUDED.source_version, projected_at = EXCLUDED.projected_at
                WHERE notifications.known_commission.source_version < EXCLUDED.source_version
                """).param("id", id).param("code", code.value()).param("nameBg", nameBg).param("nameEn", nameEn)
                .param("version", version).param("now", java.sql.Timestamp.from(now)).update();
    }

    /** A commission's names, if it is known here. */
    Optional<Bilingual> commissionName(String code) {
        return jdbc.sql("SELECT name_bg, name_en FROM notifications.known_commission WHERE code = :code"
                + " ORDER BY source_version DESC LIMIT 1").param("code", code)
                .query((row, n) -> new Bilingual(row.getString("name_bg"), row.getString("name_en"))).optional();
    }

    /** The enabled accounts an audience names, each once, in username order. */
    List<Recipient> resolve(Audience audience) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (!audience.nationalRoles().isEmpty()) {
            conditions.add("a.role IN (:national)");
            params.put("national", audience.nationalRoles().stream().map(Enum::name).toList());
        }
        if (!audience.localRoles().isEmpty() && !audience.commissions().isEmpty()) {
            conditions.add("(a.role IN (:local) AND a.commission_code IN (:commissions))");
            params.put("local", audience.localRoles().stream().map(Enum::name).toList());
            params.put("commissions", List.copyOf(audience.commissions()));
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        var found = new LinkedHashMap<String, Recipient>();
        jdbc.sql(RECIPIENT + " AND (" + String.join(" OR ", conditions) + ") ORDER BY a.username").params(params)
                .query((row, n) -> new Recipient(row.getString("username"), row.getString("email"),
                        Language.of(row.getString("language"))))
                .list().forEach(recipient -> found.putIfAbsent(recipient.username(), recipient));
        return List.copyOf(found.values());
    }

    /** One account by username, if it is known and enabled. */
    Optional<Recipient> recipient(String username) {
        return jdbc.sql(RECIPIENT + " AND a.username = :username").param("username", username)
                .query((row, n) -> new Recipient(row.getString("username"), row.getString("email"),
                        Language.of(row.getString("language"))))
                .optional();
    }
}
