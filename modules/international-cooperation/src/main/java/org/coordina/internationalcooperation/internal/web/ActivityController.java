package org.coordina.internationalcooperation.internal.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.internal.CooperationActivities;
import org.coordina.internationalcooperation.internal.CooperationActivity;
import org.coordina.internationalcooperation.internal.CooperationDirectory;
import org.coordina.internationalcooperation.internal.CooperationHistory;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.WritesCommissionData;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.coordina.sharedkernel.web.Versions;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cooperation/activities}: cooperation activities, recorded and changed by national staff; a
 * commission's secretary records those its commission takes part in under
 * {@code /api/v1/cooperation/commissions/{code}/activities}.
 */
@RestController
class ActivityController {

    static final String PATH = CooperationRoles.PATH + "/activities";

    private final CooperationActivities activities;

    private final CooperationDirectory directory;

    private final CooperationHistory history;

    ActivityController(CooperationActivities activities, CooperationDirectory directory, CooperationHistory history) {
        this.activities = activities;
        this.directory = directory;
        this.history = history;
    }

    @GetMapping(PATH)
    @PreAuthorize(CooperationRoles.READ)
    PagedModel<ActivitySummary> list(@RequestParam(required = false) CooperationActivityKind kind,
            @RequestParam(required = false) CommissionCode commission,
            @SortableBy({ "startsOn", "titleBg", "titleEn", "kind" })
            @PageableDefault(sort = "startsOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(directory.activities(kind, commission, pageable).map(ActivitySummary::of));
    }

    @PostMapping(PATH)
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<ActivityView> record(@Valid @RequestBody ActivityRequest request) {
        var activity = activities.record(request.toDetails());
        return Responses.created(activity.getId(), activity.getVersion(), ActivityView.of(activity));
    }

    @PostMapping(CooperationRoles.PATH + "/commissions/{code}/activities")
    @WritesCommissionData
    ResponseEntity<ActivityView> recordForCommission(@PathVariable CommissionCode code,
            @Valid @RequestBody ActivityRequest request) {
        var activity = activities.recordFor(code, request.toDetails());
        // The activity lives under /activities like every other, not under the commission's path.
        return ResponseEntity.created(URI.create(PATH + "/" + activity.getId()))
                .eTag(Versions.etag(activity.getVersion())).body(ActivityView.of(activity));
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize(CooperationRoles.READ)
    ResponseEntity<ActivityView> show(@PathVariable UUID id) {
        return withEtag(activities.find(id));
    }

    @PutMapping(PATH + "/{id}")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<ActivityView> change(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody ActivityRequest request) {
        return withEtag(activities.change(id, version, request.toDetails()));
    }

    @GetMapping(PATH + "/{id}/history")
    @PreAuthorize(CooperationRoles.HISTORY)
    List<HistoryView> history(@PathVariable UUID id) {
        activities.find(id);
        return HistoryView.of(history.of(id));
    }

    private static ResponseEntity<ActivityView> withEtag(CooperationActivity activity) {
        return Responses.withEtag(activity.getVersion(), ActivityView.of(activity));
    }
}
