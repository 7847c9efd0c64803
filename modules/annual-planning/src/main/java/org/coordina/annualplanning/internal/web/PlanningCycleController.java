package org.coordina.annualplanning.internal.web;

import java.util.List;

import jakarta.validation.Valid;
import org.coordina.annualplanning.internal.CycleDirectory;
import org.coordina.annualplanning.internal.PlanningCycle;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.PlanningHistory;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.coordina.sharedkernel.web.SortableBy;
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
 * {@code /api/v1/planning-cycles}: the cycles, read by every user of the planning work, drafted, revised
 * and opened by the national administration. Closing is separate (it carries activities over).
 */
@RestController
@RequestMapping(PlanningCycleController.PATH)
class PlanningCycleController {

    static final String PATH = "/api/v1/planning-cycles";

    static final String PLANNING_USERS = "hasAnyRole('NATIONAL_ADMIN', 'NATIONAL_EXPERT', 'AUDITOR', "
            + "'LOCAL_SECRETARY', 'LOCAL_MEMBER')";

    static final String HISTORY_READERS = "hasAnyRole('NATIONAL_ADMIN', 'NATIONAL_EXPERT', 'AUDITOR')";

    private final PlanningCycles cycles;

    private final CycleDirectory directory;

    private final PlanningHistory history;

    private final CycleMapper mapper;

    private final PlanMapper plans;

    PlanningCycleController(PlanningCycles cycles, CycleDirectory directory, PlanningHistory history,
            CycleMapper mapper, PlanMapper plans) {
        this.cycles = cycles;
        this.directory = directory;
        this.history = history;
        this.mapper = mapper;
        this.plans = plans;
    }

    @GetMapping
    @PreAuthorize(PLANNING_USERS)
    PagedModel<CycleSummary> list(@SortableBy({ "year", "status" })
            @PageableDefault(sort = "year", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(directory.page(pageable).map(mapper::toSummary));
    }

    @PostMapping
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CycleView> draft(@Valid @RequestBody DraftCycleRequest request) {
        var cycle = cycles.draft(request.year(), mapper.toProgramme(request.sections(), request.objectives()),
                mapper.toDeadlines(request.deadlines()));
        return Responses.created(cycle.getYear(), cycle.getVersion(), mapper.toView(cycle));
    }

    @GetMapping("/{year}")
    @PreAuthorize(PLANNING_USERS)
    ResponseEntity<CycleView> show(@PathVariable int year) {
        return withEtag(cycles.find(year));
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CycleView> revise(@PathVariable int year, @ExpectedVersion long version,
            @Valid @RequestBody ReviseCycleRequest request) {
        return withEtag(cycles.revise(year, version, mapper.toProgramme(request.sections(),
                request.objectives() == null ? List.of() : request.objectives()), mapper.toDeadlines(request.deadlines())));
    }

    @PostMapping("/{year}/open")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<CycleView> open(@PathVariable int year, @ExpectedVersion long version) {
        return withEtag(cycles.open(year, version));
    }

    @GetMapping("/{year}/history")
    @PreAuthorize(HISTORY_READERS)
    List<HistoryEntryView> history(@PathVariable int year) {
        return plans.toHistory(history.of(List.of(cycles.find(year).getId())));
    }

    private ResponseEntity<CycleView> withEtag(PlanningCycle cycle) {
        return Responses.withEtag(cycle.getVersion(), mapper.toView(cycle));
    }
}
