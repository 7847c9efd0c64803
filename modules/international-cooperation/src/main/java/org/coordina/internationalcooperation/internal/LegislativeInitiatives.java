package org.coordina.internationalcooperation.internal;

import java.time.Clock;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records legislative initiatives and the stages they reach. */
@Service
@Transactional
public class LegislativeInitiatives {

    private final LegislativeInitiativeRepository initiatives;

    private final CooperationHistory history;

    private final Clock clock;

    LegislativeInitiatives(LegislativeInitiativeRepository initiatives, CooperationHistory history, Clock clock) {
        this.initiatives = initiatives;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LegislativeInitiative find(UUID id) {
        return initiatives.findById(id)
                .orElseThrow(() -> DomainProblem.notFound("internationalcooperation.initiative.notFound", id));
    }

    public LegislativeInitiative propose(String titleBg, String titleEn, String euAct, String responsibleInstitution,
            StageReached first) {
        var saved = initiatives.save(LegislativeInitiative.propose(titleBg, titleEn, euAct, responsibleInstitution, first));
        history.created("LegislativeInitiative", saved.getId(), saved.getVersion(), "proposed", saved.snapshot());
        return saved;
    }

    public LegislativeInitiative advance(UUID id, long expectedVersion, StageReached next) {
        var initiative = find(id);
        StaleVersions.require("Legislative initiative " + id, initiative.getVersion(), expectedVersion);
        var before = initiative.snapshot();
        initiative.advance(next, clock.instant());
        var saved = initiatives.save(initiative);
        history.changed("LegislativeInitiative", id, saved.getVersion(), "advanced", before, saved.snapshot(),
                next.note());
        return saved;
    }
}
