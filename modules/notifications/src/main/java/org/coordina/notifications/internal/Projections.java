package org.coordina.notifications.internal;

import java.time.Clock;
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

    private final JdbcRecipients recipients;

    private final Clock clock;

    Projections(JdbcRecipients recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    void opened(AccountOpened event) {
        recipients.projectAccount(event.accountId(), event.version(), event.username(), event.role(), event.commission(),
                event.email(), true, clock.instant());
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
