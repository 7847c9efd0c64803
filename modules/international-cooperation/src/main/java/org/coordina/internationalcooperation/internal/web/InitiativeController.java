package org.coordina.internationalcooperation.internal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.internationalcooperation.internal.CooperationDirectory;
import org.coordina.internationalcooperation.internal.CooperationHistory;
import org.coordina.internationalcooperation.internal.LegislativeInitiative;
import org.coordina.internationalcooperation.internal.LegislativeInitiatives;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cooperation/legislative-initiatives}: changes of the law and the stages they reach. */
@RestController
@RequestMapping(CooperationRoles.PATH + "/legislative-initiatives")
class InitiativeController {

    private final LegislativeInitiatives initiatives;

    private final CooperationDirectory directory;

    private final CooperationHistory history;

    InitiativeController(LegislativeInitiatives initiatives, CooperationDirectory directory, CooperationHistory history) {
        this.initiatives = initiatives;
        this.directory = directory;
        this.history = history;
    }

    @GetMapping
    @PreAuthorize(CooperationRoles.READ)
    PagedModel<InitiativeView> list(@RequestParam(required = false) LegislativeStage stage,
            @SortableBy({ "titleBg", "titleEn", "stage" }) @PageableDefault(sort = "titleEn") Pageable pageable) {
        return new PagedModel<>(directory.initiatives(stage, pageable).map(InitiativeView::of));
    }

    @PostMapping
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<InitiativeView> propose(@Valid @RequestBody InitiativeRequest request) {
        var initiative = initiatives.propose(request.titleBg().strip(), request.titleEn().strip(),
                Texts.blankToNull(request.euAct()), request.responsibleInstitution().strip(), request.first());
        return Responses.created(initiative.getId(), initiative.getVersion(), InitiativeView.of(initiative));
    }

    @GetMapping("/{id}")
    @PreAuthorize(CooperationRoles.READ)
    ResponseEntity<InitiativeView> show(@PathVariable UUID id) {
        return withEtag(initiatives.find(id));
    }

    @PostMapping("/{id}/advance")
    @PreAuthorize(CooperationRoles.WRITE)
    ResponseEntity<InitiativeView> advance(@PathVariable UUID id, @ExpectedVersion long version,
            @Valid @RequestBody StageRequest request) {
        return withEtag(initiatives.advance(id, version, request.toStage()));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(CooperationRoles.HISTORY)
    List<HistoryView> history(@PathVariable UUID id) {
        initiatives.find(id);
        return HistoryView.of(history.of(id));
    }

    private static ResponseEntity<InitiativeView> withEtag(LegislativeInitiative initiative) {
        return Responses.withEtag(initiative.getVersion(), InitiativeView.of(initiative));
    }
}
