package org.coordina.annualplanning.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.annualplanning.internal.Activity;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.ActivityDirectory;
import org.coordina.annualplanning.internal.PlanningHistory;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
import org.springframework.data.domain.Pageable;
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
 * {@code /api/v1/planning-cycles/{year}/plans/{owner}/activities}: the activities of a plan, read by
 * those who read the plan and changed by those who change it, while it is a draft or returned.
 */
@RestController
@RequestMapping(ActivityController.PATH)
class ActivityController {

    static final String PATH = PlanController.PATH + "/{owner}/activities";

    private final ActivityPlanning planning;

    private final ActivityDirectory directory;

    private final PlanningHistory history;

    private final ActivityMapper mapper;

    private final PlanMapper plans;

    ActivityController(ActivityPlanning planning, ActivityDirectory directory, PlanningHistory history,
            ActivityMapper mapper, PlanMapper plans) {
        this.planning = planning;
        this.directory = directory;
        this.history = history;
        this.mapper = mapper;
        this.plans = plans;
    }

    @GetMapping
    @PreAuthorize("@planAccess.canRead(#owner)")
    PagedModel<ActivitySummary> list(@PathVariable int year, @PathVariable Party owner,
            @SortableBy({ "section=sectionCode", "titleBg", "titleEn" })
            @PageableDefault(sort = "section", size = 50) Pageable pageable) {
        return new PagedModel<>(directory.page(year, owner, pageable).map(mapper::toSummary));
    }

    @PostMapping
    @PreAuthorize("@planAccess.canWrite(#owner)")
    ResponseEntity<ActivityView> add(@PathVariable int year, @PathVariable Party owner,
            @Valid @RequestBody ActivityRequest request) {
        var activity = planning.add(year, owner, mapper.toDetails(request));
        return Responses.created(activity.getId(), activity.getVersion(), mapper.toView(activity));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@planAccess.canRead(#owner)")
    ResponseEntity<ActivityView> show(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id) {
        return withEtag(planning.find(year, owner, id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    ResponseEntity<ActivityView> revise(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id,
            @ExpectedVersion long version, @Valid @RequestBody ActivityRequest request) {
        return withEtag(planning.revise(year, owner, id, version, mapper.toDetails(request)));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(PlanningCycleController.HISTORY_READERS)
    List<HistoryEntryView> history(@PathVariable int year, @PathVariable Party owner, @PathVariable UUID id) {
        return plans.toHistory(history.of(List.of(planning.find(year, owner, id).getId())));
    }

    private ResponseEntity<ActivityView> withEtag(Activity activity) {
        return Responses.withEtag(activity.getVersion(), mapper.toView(activity));
    }
}
