package org.coordina.meetings.events;

/** What kind of meeting it is. */
public enum MeetingKind {
    NATIONAL_MEETING, EXPERT_WORKING_MEETING, NATIONAL_COMMISSION_SESSION, LOCAL_COMMISSION_SESSION, OTHER
}
