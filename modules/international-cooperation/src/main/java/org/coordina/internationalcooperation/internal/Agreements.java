package org.coordina.internationalcooperation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, changes, signs and terminates agreements, and announces once each that an agreement ends soon and
 * that it has ended (the daily job, on one instance at a time).
 */
@Service
@Transactional
public class Agreements {

    private final AgreementRepository agreements;

    private final Partners partners;

    private final CooperationHistory history;

    private final JdbcAnnouncementLock lock;

    private final CooperationProperties properties;

    private final Clock clock;

    Agreements(AgreementRepository agreements, Partners partners, CooperationHistory history, JdbcAnnouncementLock lock,
            CooperationProperties properties, Clock clock) {
        this.agreements = agreements;
        this.partners = partners;
        this.history = history;
        this.lock = lock;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Agreement find(UUID id) {
        return agreements.findById(id)
                .orElseThrow(() -> DomainProblem.notFound("internationalcooperation.agreement.notFound", id));
    }

    public Agreement draft(AgreementDetails details) {
        partners.requireKnown(details.partnerIds());
        var saved = agreements.save(Agreement.draft(details));
        history.created("Agreement", saved.getId(), saved.getVersion(), "drafted", saved.snapshot());
        return saved;
    }

    public Agreement change(UUID id, long expectedVersion, AgreementDetails details) {
        var agreement = current(id, expectedVersion);
        partners.requireKnown(details.partnerIds());
        var before = agreement.snapshot();
        return agreement.change(details) ? save(agreement, "changed", before) : agreement;
    }

    public Agreement sign(UUID id, long expectedVersion, LocalDate on) {
        var agreement = current(id, expectedVersion);
        var before = agreement.snapshot();
        agreement.sign(on, clock.instant());
        return save(agreement, "signed", before);
    }

    public Agreement terminate(UUID id, long expectedVersion) {
        var agreement = current(id, expectedVersion);
        var before = agreement.snapshot();
        agreement.terminate();
        return save(agreement, "terminated", before);
    }

    /**
     * The daily round: announces agreements that end within the configured days and expires those past their last
     * day, each once; nothing when another instance holds the round's lock.
     *
     * @return how many announcements it made
     */
    public int announce() {
        if (!lock.tryLock(JdbcAnnouncementLock.AGREEMENTS)) {
            return 0;
        }
        var today = LocalDate.ofInstant(clock.instant(), properties.zone());
        int days = properties.agreementExpiringDays();
        var now = clock.instant();
        int announced = 0;
        for (var agreement : agreements.findAllById(agreements.findToAnnounce(today, today.plusDays(days)))) {
            var before = agreement.snapshot();
            // An agreement found only after its end is announced as expired, not as expiring.
            boolean expired = agreement.expire(today, now);
            boolean expiring = !expired && agreement.announceExpiring(today, days, now);
            if (expired || expiring) {
                save(agreement, expired ? "expired" : "expiring announced", before);
                announced++;
            }
        }
        return announced;
    }

    private Agreement current(UUID id, long expectedVersion) {
        var agreement = find(id);
        StaleVersions.require("Agreement " + id, agreement.getVersion(), expectedVersion);
        return agreement;
    }

    private Agreement save(Agreement agreement, String action, Map<String, Object> before) {
        var saved = agreements.save(agreement);
        history.changed("Agreement", saved.getId(), saved.getVersion(), action, before, saved.snapshot(), null);
        return saved;
    }
}
