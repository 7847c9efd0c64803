package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds activities to plans and revises them, while the plan is a draft or returned and its cycle is open.
 * A local activity may serve an activity of the same year's national plan; nothing else.
 */
@Service
@Transactional
public class ActivityPlanning {

    private final ActivityRepository activities;

    private final ActivityProgressRepository progress;

    private final Plans plans;

    private final PlanningCycles cycles;

    private final PlanningHistory history;

    private final Clock clock;

    ActivityPlanning(ActivityRepository activities, ActivityProgressRepository progress, Plans plans,
            PlanningCycles cycles, PlanningHistory history, Clock clock) {
        this.activities = activities;
        this.progress = progress;
        this.plans = plans;
        this.cycles = cycles;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Activity find(int year, Party owner, UUID id) {
        var plan = plans.find(year, owner);
        return activities.findByIdAndPlanId(id, plan.getId())
                .orElseThrow(() -> DomainProblem.notFound("annualplanning.activity.notFound", id, owner, year));
    }

    /** Adds a manually planned activity. */
    public Activity add(int year, Party owner, ActivityDetails details) {
        return add(year, owner, details, ActivityOrigin.MANUAL, null);
    }

    /** Adds an activity of this origin ({@code proposalId}: the backlog proposal it was adopted from). */
    Activity add(int year, Party owner, ActivityDetails details, ActivityOrigin origin, UUID proposalId) {
        var plan = editablePlan(year, owner, details);
        var activity = activities.save(Activity.plan(plan, details, origin, proposalId, clock.instant()));
        history.created("Activity", activity.getId(), activity.getVersion(), activity.snapshot());
        return activity;
    }

    public Activity revise(int year, Party owner, UUID id, long expectedVersion, ActivityDetails details) {
        editablePlan(year, owner, details);
        var activity = find(year, owner, id);
        StaleVersions.require("Activity " + id, activity.getVersion(), expectedVersion);
        var before = activity.snapshot();
        var reported = Set.copyOf(progress.findReportedIndicatorIds(id));
        if (!activity.revise(details, reported, clock.instant())) {
            return activity;
        }
        activity = activities.save(activity);
        history.changed("Activity", activity.getId(), activity.getVersion(), "revised", before, activity.snapshot(), null);
        return activity;
    }

    /**
     * Takes an activity out of a draft or returned plan. One that anything refers to (reported progress, a
     * contribution, a local activity serving it, the backlog proposal it was adopted from) stays: removing it would
     * lose what refers to it.
     */
    public void remove(int year, Party owner, UUID id, long expectedVersion) {
        var activity = find(year, owner, id);
        editablePlan(year, owner, activity.details());
        StaleVersions.require("Activity " + id, activity.getVersion(), expectedVersion);
        if (activities.isReferenced(id)) {
            throw DomainProblem.conflict("annualplanning.activity.referenced", activity.getTitleEn());
        }
        var before = activity.snapshot();
        activities.delete(activity);
        history.changed("Activity", activity.getId(), activity.getVersion() + 1, "removed", before, Map.of(), null);
    }

    private Plan editablePlan(int year, Party owner, ActivityDetails details) {
        var cycle = cycles.find(year);
        cycle.requireOpen();
        cycle.requireSection(details.sectionCode(), details.objectiveCode());
        details.requireWithin(year);
        var plan = plans.find(year, owner);
        plan.requireEditable();
        if (details.servesActivityId() != null) {
            requireNationalActivity(year, owner, details.servesActivityId());
        }
        return plan;
    }

    private void requireNationalActivity(int year, Party owner, UUID servesActivityId) {
        if (owner.isNational()) {
            throw DomainProblem.ruleViolated("annualplanning.activity.nationalServes");
        }
        var served = activities.findById(servesActivityId);
        if (served.isEmpty() || !served.get().getOwner().isNational() || served.get().getCycleYear() != year) {
            throw DomainProblem.ruleViolated("annualplanning.activity.unknownNationalActivity", servesActivityId, year);
        }
    }
}
