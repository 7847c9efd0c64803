package org.coordina.victimsupport.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.ReadsCommissionData;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.internal.ActivityEntry;
import org.coordina.victimsupport.internal.DisclosureControl;
import org.coordina.victimsupport.internal.SupportActivities;
import org.coordina.victimsupport.internal.SupportActivity;
import org.coordina.victimsupport.internal.SupportDirectory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/victim-support/commissions/{code}/activities}: a commission's support activities, written
 * by its own secretary (drafted, changed, reported once), read by its users, the national roles and the
 * auditor; the number of people is protected for all but the national admin and experts.
 */
@RestController
@RequestMapping("/api/v1/victim-support/commissions/{code}/activities")
class SupportActivityController {

    private final SupportActivities activities;

    private final SupportDirectory directory;

    private final DisclosureControl disclosure;

    private final VictimSupportAccess access;

    SupportActivityController(SupportActivities activities, SupportDirectory directory, DisclosureControl disclosure,
            VictimSupportAccess access) {
        this.activities = activities;
        this.directory = directory;
        this.disclosure = disclosure;
        this.access = access;
    }

    @GetMapping
    @ReadsCommissionData
    PagedModel<ActivityView> list(@PathVariable CommissionCode code,
            @SortableBy({ "periodFrom", "periodTo", "kind", "status" })
            @PageableDefault(sort = "periodFrom", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(directory.activities(code, pageable).map(this::view));
    }

    @PostMapping
    @WritesCommissionData
    ResponseEntity<ActivityView> record(@PathVariable CommissionCode code, @Valid @RequestBody ActivityRequest request) {
        var activity = activities.record(code, request.toDetails());
        return Responses.created(activity.getId(), activity.getVersion(), view(activity));
    }

    @GetMapping("/{id}")
    @ReadsCommissionData
    ResponseEntity<ActivityView> show(@PathVariable CommissionCode code, @PathVariable UUID id) {
        var activity = activities.find(code, id);
        return Responses.withEtag(activity.getVersion(), view(activity));
    }

    @PutMapping("/{id}")
    @WritesCommissionData
    ResponseEntity<ActivityView> change(@PathVariable CommissionCode code, @PathVariable UUID id,
            @ExpectedVersion long version, @Valid @RequestBody ActivityRequest request) {
        var activity = activities.change(code, id, version, request.toDetails());
        return Responses.withEtag(activity.getVersion(), view(activity));
    }

    @PostMapping("/{id}/report")
    @WritesCommissionData
    ResponseEntity<ActivityView> report(@PathVariable CommissionCode code, @PathVariable UUID id,
            @ExpectedVersion long version) {
        var activity = activities.report(code, id, version);
        return Responses.withEtag(activity.getVersion(), view(activity));
    }

    @GetMapping("/{id}/history")
    @ReadsCommissionData
    @PreAuthorize("@victimSupportAccess.canReadHistory()")
    List<HistoryView> history(@PathVariable CommissionCode code, @PathVariable UUID id) {
        return activities.history(code, id).stream().map(HistoryView::of).toList();
    }

    private ActivityView view(SupportActivity activity) {
        var d = activity.details();
        return new ActivityView(activity.getId(), activity.getCommission(), d.kind(), d.periodFrom(), d.periodTo(),
                d.serviceId(), people(d.peopleSupported()), d.description(), d.planningActivityId(),
                activity.getStatus(), activity.getVersion());
    }

    private ActivityView view(ActivityEntry e) {
        return new ActivityView(e.id(), e.commission(), e.kind(), e.periodFrom(), e.periodTo(), e.serviceId(),
                people(e.peopleSupported()), e.description(), e.planningActivityId(), e.status(), e.version());
    }

    private ProtectedFigure people(int count) {
        return access.seesRaw() ? ProtectedFigure.of(count) : disclosure.protect(count);
    }
}
