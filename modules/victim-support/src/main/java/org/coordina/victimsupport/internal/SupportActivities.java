package org.coordina.victimsupport.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and reports the commissions' support activities: the only way one changes. */
@Service
@Transactional
public class SupportActivities {

    static final String TYPE = "SupportActivity";

    private final SupportActivityRepository activities;

    private final SupportServices services;

    private final CommissionRegister commissions;

    private final DisclosureControl disclosure;

    private final VictimSupportHistory history;

    private final Clock clock;

    SupportActivities(SupportActivityRepository activities, SupportServices services, CommissionRegister commissions,
            DisclosureControl disclosure, VictimSupportHistory history, Clock clock) {
        this.activities = activities;
        this.services = services;
        this.commissions = commissions;
        this.disclosure = disclosure;
        this.history = history;
        this.clock = clock;
    }

    /** The commission's activity; another commission's is not found. */
    @Transactional(readOnly = true)
    public SupportActivity find(CommissionCode commission, UUID id) {
        return activities.findById(id).filter(activity -> activity.getCommission().equals(commission))
                .orElseThrow(() -> DomainProblem.notFound("victimsupport.activity.notFound", id));
    }

    public SupportActivity record(CommissionCode commission, ActivityDetails details) {
        commissions.requireUsable(commission);
        services.requireKnown(details.serviceId());
        var saved = activities.save(SupportActivity.draft(commission, details));
        history.created(TYPE, saved.getId(), saved.getVersion(), "recorded", saved.snapshot(disclosure));
        return saved;
    }

    public SupportActivity change(CommissionCode commission, UUID id, long expectedVersion, ActivityDetails details) {
        var activity = current(commission, id, expectedVersion);
        services.requireKnown(details.serviceId());
        var before = activity.snapshot(disclosure);
        if (!activity.change(details)) {
            return activity;
        }
        return save(activity, "changed", before);
    }

    public SupportActivity report(CommissionCode commission, UUID id, long expectedVersion) {
        var activity = current(commission, id, expectedVersion);
        var before = activity.snapshot(disclosure);
        activity.report(disclosure, clock.instant());
        return save(activity, "reported", before);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(CommissionCode commission, UUID id) {
        return history.of(find(commission, id).getId());
    }

    private SupportActivity save(SupportActivity activity, String action, java.util.Map<String, Object> before) {
        var saved = activities.save(activity);
        history.changed(TYPE, saved.getId(), saved.getVersion(), action, before, saved.snapshot(disclosure), null);
        return saved;
    }

    private SupportActivity current(CommissionCode commission, UUID id, long expectedVersion) {
        var activity = find(commission, id);
        StaleVersions.require("The support activity " + id, activity.getVersion(), expectedVersion);
        return activity;
    }
}
