package org.coordina.accounts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.testsupport.EventPublications;

/** Events as the regional-commissions module publishes them, and whether the registry saw them handled. */
final class CommissionEventsFixture {

    static final String PROJECTION_ESTABLISHED = "accounts.commission-projection.established";

    static final String DEMO_ACCOUNTS = "accounts.demo-accounts.commission-established";

    private CommissionEventsFixture() {
    }

    static CommissionEstablished established(UUID id, String code, long version) {
        return new CommissionEstablished(UUID.randomUUID(), Instant.now(), id, version, CommissionCode.parse(code),
                "МКБТХ " + code, "LCCTHB " + code, "City", "Region", LocalDate.of(2020, 1, 1), CommissionStatus.ACTIVE);
    }

    static CommissionStatusChanged statusChanged(UUID id, String code, long version, CommissionStatus from,
            CommissionStatus to) {
        return new CommissionStatusChanged(UUID.randomUUID(), Instant.now(), id, version, CommissionCode.parse(code),
                from, to);
    }

    /** How often this listener has completed handling this very event (publishing it again counts again). */
    static int completions(EventPublications publications, String listenerId, Object event) {
        return publications.completed(event.getClass(), listenerId, event::equals).size();
    }

    /** Whether this listener has handled every publication of this event, at least one. */
    static boolean handled(EventPublications publications, String listenerId, Object event) {
        return completions(publications, listenerId, event) > 0
                && publications.incomplete(event.getClass(), listenerId, event::equals).isEmpty();
    }
}
