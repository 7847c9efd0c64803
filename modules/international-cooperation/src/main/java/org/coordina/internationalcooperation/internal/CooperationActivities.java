package org.coordina.internationalcooperation.internal;

import java.time.Clock;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and changes cooperation activities, checking the partners and the participating commissions they
 * name; a commission's secretary records only activities its commission takes part in.
 */
@Service
@Transactional
public class CooperationActivities {

    private final CooperationActivityRepository activities;

    private final Partners partners;

    private final CommissionRegister commissions;

    private final CooperationHistory history;

    private final Clock clock;

    CooperationActivities(CooperationActivityRepository activities, Partners partners, CommissionRegister commissions,
            CooperationHistory history, Clock clock) {
        this.activities = activities;
        this.partners = partners;
        this.commissions = commissions;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CooperationActivity find(UUID id) {
        return activities.findById(id)
                .orElseThrow(() -> DomainProblem.notFound("internationalcooperation.activity.notFound", id));
    }

    /** Records an activity (national staff). */
    public CooperationActivity record(ActivityDetails details) {
        partners.requireKnown(details.partnerIds());
        commissions.requireUsable(details.commissions());
        var saved = activities.save(CooperationActivity.record(details, clock.instant()));
        history.created("CooperationActivity", saved.getId(), saved.getVersion(), "recorded", saved.snapshot());
        return saved;
    }

    /** Records an activity for a commission that takes part in it (its secretary). */
    public CooperationActivity recordFor(CommissionCode commission, ActivityDetails details) {
        if (!details.commissions().contains(commission)) {
            throw DomainProblem.ruleViolated("internationalcooperation.activity.notParticipating", commission);
        }
        return record(details);
    }

    public CooperationActivity change(UUID id, long expectedVersion, ActivityDetails details) {
        var activity = find(id);
        StaleVersions.require("Cooperation activity " + id, activity.getVersion(), expectedVersion);
        partners.requireKnown(details.partnerIds());
        commissions.requireUsable(details.commissions());
        var before = activity.snapshot();
        if (!activity.change(details)) {
            return activity;
        }
        var saved = activities.save(activity);
        history.changed("CooperationActivity", id, saved.getVersion(), "changed", before, saved.snapshot(), null);
        return saved;
    }
}
