package org.coordina.meetings.internal;

/** Where a meeting stands: planned, held (outcomes being recorded), closed with its minutes, or cancelled. */
public enum MeetingStatus {
    PLANNED, HELD, CLOSED, CANCELLED
}
