package org.coordina.notifications.internal;

/** What a notification is about; each has a title and a body in the message bundles. */
public enum NoticeKind {
    REPORT_OVERDUE, REPORT_RETURNED, REPORT_SUBMITTED, PLAN_RETURNED, PLAN_SUBMITTED,
    MEETING_SCHEDULED, MEETING_RESCHEDULED, MEETING_CANCELLED, ACTION_ITEM_AGREED, OBLIGATION_DUE_SOON,
    OBLIGATION_OVERDUE, AGREEMENT_EXPIRING, REPORT_DUE_SOON;

    /** The message code prefix, e.g. {@code notifications.notice.REPORT_OVERDUE}. */
    String code() {
        return "notifications.notice." + name();
    }
}
