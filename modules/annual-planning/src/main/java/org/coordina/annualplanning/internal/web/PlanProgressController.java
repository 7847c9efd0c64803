package org.coordina.annualplanning.internal.web;

import org.coordina.annualplanning.internal.PlanProgressDirectory;
import org.coordina.annualplanning.internal.ReportingPeriod;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/planning-cycles/{year}/plans/{owner}/progress?period=Q1|…|H1|H2|YEAR}: the roll-up of a
 * plan's quarters, for the plan's readers.
 */
@RestController
class PlanProgressController {

    private final PlanProgressDirectory directory;

    private final QuarterlyReportMapper mapper;

    PlanProgressController(PlanProgressDirectory directory, QuarterlyReportMapper mapper) {
        this.directory = directory;
        this.mapper = mapper;
    }

    @GetMapping("/api/v1/planning-cycles/{year}/plans/{owner}/progress")
    @PreAuthorize("@planAccess.canRead(#owner)")
    PlanProgressView progress(@PathVariable int year, @PathVariable Party owner,
            @RequestParam(defaultValue = "YEAR") ReportingPeriod period) {
        var activities = directory.rollup(year, owner, period).stream().map(mapper::toSummary).toList();
        return new PlanProgressView(year, owner.value(), period, activities);
    }
}
