package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;

import org.coordina.internationalcooperation.events.LegislativeStage;
import org.springframework.data.relational.core.mapping.Table;

/** A stage a legislative initiative reached, on a date, with an optional note. */
@Table(schema = "internationalcooperation", name = "initiative_stage")
public record StageReached(LegislativeStage stage, LocalDate reachedOn, String note) {
}
