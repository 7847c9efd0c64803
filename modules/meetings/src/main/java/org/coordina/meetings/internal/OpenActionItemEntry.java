package org.coordina.meetings.internal;

import java.time.LocalDate;
import java.util.UUID;

/** An open action item on someone's home page, with the meeting that agreed it, read straight from the tables. */
public record OpenActionItemEntry(UUID meetingId, String meetingTitleBg, String meetingTitleEn, UUID itemId,
        String descriptionBg, String descriptionEn, LocalDate dueDate, int targetYear) {
}
