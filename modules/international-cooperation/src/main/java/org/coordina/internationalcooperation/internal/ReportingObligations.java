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
 * Creates and changes reporting obligations, records submissions, and announces once each deadline that comes
 * up soon and each that passed without a submission (the daily job, on one instance at a time).
 */
@Service
@Transactional
public class ReportingObligations {

    private final ReportingObligationRepository obligations;

    private final CooperationHistory history;

    private final JdbcAnnouncementLock lock;

    private final CooperationProperties properties;

    private final Clock clock;

    ReportingObligations(ReportingObligationRepository obligations, CooperationHistory history,
            JdbcAnnouncementLock lock, CooperationProperties properties, Clock clock) {
        this.obligations = obligations;
        this.history = history;
        this.lock = lock;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReportingObligation find(UUID id) {
        return obligations.findById(id)
                .orElseThrow(() -> DomainProblem.notFound("internationalcooperation.obligation.notFound", id));
    }

    public ReportingObligation create(ObligationDetails details, LocalDate firstDueOn) {
        var saved = obligations.save(ReportingObligation.create(details, firstDueOn));
        history.created("ReportingObligation", saved.getId(), saved.getVersion(), "created", saved.snapshot());
        return saved;
    }

    public ReportingObligation change(UUID id, long expectedVersion, ObligationDetails details) {
        var obligation = current(id, expectedVersion);
        var before = obligation.snapshot();
        return obligation.change(details) ? save(obligation, "changed", before) : obligation;
    }

    public ReportingObligation submit(UUID id, long expectedVersion, UUID occurrenceId, LocalDate on, String reference) {
        var obligation = current(id, expectedVersion);
        var before = obligation.snapshot();
        obligation.submit(occurrenceId, on, reference, clock.instant());
        return save(obligation, "submitted", before);
    }

    /**
     * The daily round: announces deadlines within the configured days and marks those passed LATE, each once;
     * nothing when another instance holds the round's lock.
     *
     * @return how many obligations it changed
     */
    public int announce() {
        if (!lock.tryLock(JdbcAnnouncementLock.OBLIGATIONS)) {
            return 0;
        }
        var today = today();
        int days = properties.obligationDueSoonDays();
        var now = clock.instant();
        int changed = 0;
        for (var obligation : obligations.findAllById(obligations.findToAnnounce(today, today.plusDays(days)))) {
            var before = obligation.snapshot();
            boolean overdue = obligation.markOverdue(today, now);
            // After a missed deadline the next one is open, and may be due soon too.
            boolean dueSoon = obligation.announceDueSoon(today, days, now);
            if (overdue || dueSoon) {
                save(obligation, overdue ? "overdue" : "due soon announced", before);
                changed++;
            }
        }
        return changed;
    }

    /** Today in the calendar of the module's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    private ReportingObligation current(UUID id, long expectedVersion) {
        var obligation = find(id);
        StaleVersions.require("Obligation " + id, obligation.getVersion(), expectedVersion);
        return obligation;
    }

    private ReportingObligation save(ReportingObligation obligation, String action, Map<String, Object> before) {
        var saved = obligations.save(obligation);
        history.changed("ReportingObligation", saved.getId(), saved.getVersion(), action, before, saved.snapshot(), null);
        return saved;
    }
}
