package org.coordina.accounts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events as the regional-commissions module publishes them, and a way to see they were handled. */
final class CommissionEventsFixture {

    private CommissionEventsFixture() {
    }

    static CommissionEstablished established(UUID id, String code, long version) {
        return new CommissionEstablished(UUID.randomUUID(), Instant.now(), id, version, CommissionCode.parse(code), "МКБТХ " + code,
                "LCCTHB " + code, "City", "Region", LocalDate.of(2020, 1, 1), CommissionStatus.ACTIVE);
    }

    static CommissionStatusChanged statusChanged(UUID id, String code, long version, CommissionStatus from,
            CommissionStatus to) {
        return new CommissionStatusChanged(UUID.randomUUID(), Instant.now(), id, version, CommissionCode.parse(code), from, to);
    }

    /** Whether every listener has completed its handling of the event with this id (archived by the registry). */
    static boolean handled(JdbcClient jdbc, UUID eventId) {
        var open = jdbc.sql("SELECT count(*) FROM modulith.event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + eventId + "%").query(Long.class).single();
        var done = jdbc.sql("SELECT count(*) FROM modulith.event_publication_archive WHERE serialized_event LIKE :id")
                .param("id", "%" + eventId + "%").query(Long.class).single();
        return open == 0 && done > 0;
    }
}
