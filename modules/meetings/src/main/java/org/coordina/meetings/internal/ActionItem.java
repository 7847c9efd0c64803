package org.coordina.meetings.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;

/**
 * Something a meeting agreed to do: what (both languages), who is responsible ({@code national} or a
 * commission), by when, for which planning year and programme section, and how far it has come.
 */
public record ActionItem(UUID id, String descriptionBg, String descriptionEn, Party responsible, LocalDate dueDate,
        int targetYear, String sectionCode, ActionItemStatus status) {

    /** Refuses an item without descriptions or responsible party. */
    public ActionItem {
        descriptionBg = MeetingDetails.required(descriptionBg, "meetings.actionItem.descriptionRequired");
        descriptionEn = MeetingDetails.required(descriptionEn, "meetings.actionItem.descriptionRequired");
        if (responsible == null) {
            throw DomainProblem.ruleViolated("meetings.actionItem.responsibleRequired");
        }
        sectionCode = MeetingDetails.blankToNull(sectionCode);
        status = status == null ? ActionItemStatus.OPEN : status;
    }

    /** A new, open item to agree. */
    public static ActionItem proposed(String descriptionBg, String descriptionEn, Party responsible, LocalDate dueDate,
            int targetYear, String sectionCode) {
        return new ActionItem(null, descriptionBg, descriptionEn, responsible, dueDate, targetYear, sectionCode, null);
    }
}
