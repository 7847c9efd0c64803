package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.internationalcooperation.events.LegislativeStage;

/** A legislative initiative as the list shows it, with the day it reached its current stage. */
public record InitiativeEntry(UUID id, String titleBg, String titleEn, String euAct, String responsibleInstitution,
        LegislativeStage stage, LocalDate stageReachedOn, long version) {
}
