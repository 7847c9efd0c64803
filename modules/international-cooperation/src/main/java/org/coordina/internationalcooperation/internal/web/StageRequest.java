package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.internationalcooperation.internal.StageReached;

/** The stage an initiative reached, when, and a note (kept in its history as the reason). */
record StageRequest(@NotNull LegislativeStage stage, @NotNull LocalDate reachedOn, @Size(max = 2000) String note) {

    StageReached toStage() {
        return new StageReached(stage, reachedOn, Texts.blankToNull(note));
    }
}
