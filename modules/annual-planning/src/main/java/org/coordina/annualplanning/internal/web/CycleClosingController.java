package org.coordina.annualplanning.internal.web;

import org.coordina.annualplanning.internal.CycleClosing;
import org.coordina.sharedkernel.web.ExpectedVersion;
import org.coordina.sharedkernel.web.Responses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/planning-cycles/{year}/close}: the national administration closes an open cycle. */
@RestController
class CycleClosingController {

    private final CycleClosing closing;

    CycleClosingController(CycleClosing closing) {
        this.closing = closing;
    }

    @PostMapping("/api/v1/planning-cycles/{year}/close")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    ResponseEntity<ClosedCycleView> close(@PathVariable int year, @ExpectedVersion long version) {
        var cycle = closing.close(year, version);
        return Responses.withEtag(cycle.getVersion(),
                new ClosedCycleView(cycle.getYear(), cycle.getStatus(), cycle.getClosedAt(), cycle.getVersion()));
    }
}
