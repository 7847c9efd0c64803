package org.coordina.meetings.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.meetings.events.ActionItemStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An action item as stored (the responsible party as its text). */
@Table(schema = "meetings", name = "action_item")
record StoredActionItem(@Id UUID id, String descriptionBg, String descriptionEn, String responsible,
        LocalDate dueDate, int targetYear, String sectionCode, ActionItemStatus status) {
}
