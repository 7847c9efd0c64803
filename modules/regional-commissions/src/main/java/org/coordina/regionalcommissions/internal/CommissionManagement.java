package org.coordina.regionalcommissions.internal;

import java.time.Clock;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishes commissions and changes their core data, status and secretary: the only way a
 * commission changes. Each change is saved and its events are published in one transaction, so
 * the event publication registry records them exactly when the change commits.
 */
@Service
@Transactional
class CommissionManagement {

    private final CommissionRepository commissions;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    CommissionManagement(CommissionRepository commissions, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.commissions = commissions;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Transactional(readOnly = true)
    Page<Commission> list(Pageable pageable) {
        return commissions.findAll(pageable);
    }

    @Transactional(readOnly = true)
    Commission find(String code) {
        return commissions.findByCode(code)
                .orElseThrow(() -> DomainProblem.notFound("regionalcommissions.commission.notFound", code));
    }

    @Transactional(readOnly = true)
    boolean exists(String code) {
        return commissions.existsByCode(code);
    }

    /** Registers a new commission, and its secretary when one is already known. */
    Commission establish(String code, CommissionDetails details, Secretary secretary) {
        if (commissions.existsByCode(code)) {
            throw DomainProblem.conflict("regionalcommissions.commission.codeTaken", code);
        }
        var commission = save(Commission.establish(code, details, clock.instant()));
        if (secretary != null) {
            // A second save, so that SecretaryAssigned carries a later version than CommissionEstablished.
            commission.assignSecretary(secretary, clock.instant());
            commission = save(commission);
        }
        return commission;
    }

    Commission changeDetails(String code, long expectedVersion, CommissionDetails details) {
        var commission = current(code, expectedVersion);
        commission.changeDetails(details, clock.instant());
        return save(commission);
    }

    Commission changeStatus(String code, long expectedVersion, CommissionStatus status) {
        var commission = current(code, expectedVersion);
        commission.changeStatus(status, clock.instant());
        return save(commission);
    }

    Commission assignSecretary(String code, long expectedVersion, Secretary secretary) {
        var commission = current(code, expectedVersion);
        commission.assignSecretary(secretary, clock.instant());
        return save(commission);
    }

    private Commission current(String code, long expectedVersion) {
        var commission = find(code);
        if (commission.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Commission " + code + " is at version "
                    + commission.getVersion() + ", not " + expectedVersion);
        }
        return commission;
    }

    /** Saves only when something changed, then publishes what the change registered. */
    private Commission save(Commission commission) {
        var pending = commission.releaseEvents();
        if (pending.isEmpty()) {
            return commission;
        }
        var saved = commissions.save(commission);
        pending.forEach(events::publishEvent);
        return saved;
    }
}
