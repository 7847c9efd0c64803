package org.coordina.meetings.events;

/** Where a meeting takes place: online (a link), in person (a place) or both. */
public enum MeetingFormat {
    ONLINE, IN_PERSON, HYBRID
}
