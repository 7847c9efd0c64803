package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.internationalcooperation.internal.InitiativeEntry;
import org.coordina.internationalcooperation.internal.LegislativeInitiative;
import org.coordina.internationalcooperation.internal.StageReached;

/** A legislative initiative with its dated stages (none in the list). */
record InitiativeView(UUID id, String titleBg, String titleEn, String euAct, String responsibleInstitution,
        LegislativeStage stage, LocalDate stageReachedOn, List<StageReached> stages, long version) {

    static InitiativeView of(LegislativeInitiative initiative) {
        var stages = initiative.getStages();
        return new InitiativeView(initiative.getId(), initiative.getTitleBg(), initiative.getTitleEn(),
                initiative.getEuAct(), initiative.getResponsibleInstitution(), initiative.getStage(),
                stages.get(stages.size() - 1).reachedOn(), stages, initiative.getVersion());
    }

    static InitiativeView of(InitiativeEntry entry) {
        return new InitiativeView(entry.id(), entry.titleBg(), entry.titleEn(), entry.euAct(),
                entry.responsibleInstitution(), entry.stage(), entry.stageReachedOn(), null, entry.version());
    }
}
