package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.internationalcooperation.internal.StageReached;

/** A legislative initiative to record, with the stage it has reached and when. */
record InitiativeRequest(@NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn,
        @Size(max = 300) String euAct, @NotBlank @Size(max = 300) String responsibleInstitution,
        @NotNull LegislativeStage stage, @NotNull LocalDate reachedOn, @Size(max = 2000) String note) {

    StageReached first() {
        return new StageReached(stage, reachedOn, Texts.blankToNull(note));
    }
}
