package org.coordina.meetings.internal;

/** Whether an invited participant attended; {@code UNKNOWN} until it is recorded. */
public enum Attendance {
    PRESENT, ABSENT, EXCUSED, UNKNOWN
}
