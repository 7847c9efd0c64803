package org.coordina.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.coordina.accounts.events.AccountAccessChanged;
import org.coordina.accounts.events.AccountOpened;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the projections of accounts and commissions from their events, ignoring stale versions. */
@Service
@Transactional
class Projections {

    /** How far back a newly known account catches up on notices. */
    static final Duration CATCH_UP = Duration.ofDays(30);

    private final JdbcRecipients recipients;

    private final JdbcNotices notices;

    private final Clock clock;

    Projections(JdbcRecipients recipients, JdbcNotices notices, Clock clock) {
        this.recipients = recipients;
        this.notices = notices;
        this.clock = clock;
    }

    /** Projects a new account, which catches up on the last month's notices meant for it (see {@link JdbcNotices}). */
    void opened(AccountOpened event) {
        var now = clock.instant();
        if (recipients.projectAccount(event.accountId(), event.version(), event.username(), event.role(),
                event.commission(), event.email(), true, now)) {
            notices.catchUp(event.username(), now.minus(CATCH_UP), now);
        }
    }

    void accessChanged(AccountAccessChanged event) {
        if (event.role() == null) {
            return; // recorded before the event carried the account's state: nothing to project
        }
        recipients.projectAccount(event.accountId(), event.version(), event.username(), event.role(), event.commission(),
                null, event.enabled(), clock.instant());
    }

    void commission(UUID id, CommissionCode code, String nameBg, String nameEn, long version) {
        recipients.projectCommission(id, code, nameBg, nameEn, version, clock.instant());
    }

}
