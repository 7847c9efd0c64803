package org.coordina.meetings.internal;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A decision a meeting took, in both languages. */
@Table(schema = "meetings", name = "decision")
public record Decision(@Id UUID id, String textBg, String textEn) {
}
