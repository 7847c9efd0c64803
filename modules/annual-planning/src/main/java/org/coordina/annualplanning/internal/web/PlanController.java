package org.coordina.annualplanning.internal.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.coordina.annualplanning.internal.ActivityDirectory;
import org.coordina.annualplanning.internal.Plan;
import org.coordina.annualplanning.internal.PlanDirectory;
import org.coordina.annualplanning.internal.PlanningHistory;
import org.coordina.annualplanning.internal.Plans;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/planning-cycles/{year}/plans}: the plans of a cycle. The owner submits its plan; the
 * national administration returns, approves and reopens plans. Who reads and changes a plan is decided by
 * {@link PlanAccess}, by its owner.
 */
@RestController
@RequestMapping(PlanController.PATH)
class PlanController {

    static final String PATH = PlanningCycleController.PATH + "/{year}/plans";

    private final Plans plans;

    private final PlanDirectory directory;

    private final ActivityDirectory activities;

    private final PlanningHistory history;

    private final PlanAccess access;

    private final PlanMapper mapper;

    PlanController(Plans plans, PlanDirectory directory, ActivityDirectory activities, PlanningHistory history,
            PlanAccess access, PlanMapper mapper) {
        this.plans = plans;
        this.directory = directory;
        this.activities = activities;
        this.history = history;
        this.access = access;
        this.mapper = mapper;
    }

    /** National staff and the auditor see every plan; local users the national plan and their commission's. */
    @GetMapping
    @PreAuthorize(PlanningCycleController.PLANNING_USERS)
    PagedModel<PlanSummary> list(@PathVariable int year, @SortableBy({ "owner", "status" })
            @PageableDefault(sort = "owner", size = 50) Pageable pageable) {
        Optional<String> scope = access.canReadAll() ? Optional.empty()
                : Optional.of(access.ownCommission().orElse(Party.NATIONAL_VALUE));
        return new PagedModel<>(directory.page(year, scope, pageable).map(mapper::toSummary));
    }

    @GetMapping("/{owner}")
    @PreAuthorize("@planAccess.canRead(#owner)")
    ResponseEntity<PlanView> show(@PathVariable int year, @PathVariable Party owner) {
        return withEtag(plans.find(year, owner));
    }

    @PostMapping("/{owner}/submit")
    @PreAuthorize("@planAccess.canWrite(#owner)")
    ResponseEntity<PlanView> submit(@PathVariable int year, @PathVariable Party owner,
            @ExpectedVersion long version) {
        return withEtag(plans.submit(year, owner, version));
    }

    @PostMapping("/{owner}/return")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<PlanView> returnWith(@PathVariable int year, @PathVariable Party owner,
            @ExpectedVersion long version, @Valid @RequestBody ReturnPlanRequest request) {
        return withEtag(plans.returnWith(year, owner, version, request.reasons()));
    }

    @PostMapping("/{owner}/approve")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<PlanView> approve(@PathVariable int year, @PathVariable Party owner,
            @ExpectedVersion long version) {
        return withEtag(plans.approve(year, owner, version));
    }

    @PostMapping("/{owner}/reopen")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<PlanView> reopen(@PathVariable int year, @PathVariable Party owner,
            @ExpectedVersion long version, @Valid @RequestBody ReopenPlanRequest request) {
        return withEtag(plans.reopen(year, owner, version, request.reason()));
    }

    /** The plan's changes and those of its activities, oldest first. */
    @GetMapping("/{owner}/history")
    @PreAuthorize(PlanningCycleController.HISTORY_READERS)
    List<HistoryEntryView> history(@PathVariable int year, @PathVariable Party owner) {
        return mapper.toHistory(history.of(activities.planAndActivityIds(year, owner)));
    }

    private ResponseEntity<PlanView> withEtag(Plan plan) {
        return Responses.withEtag(plan.getVersion(), mapper.toView(plan));
    }
}
