package org.coordina.meetings.internal;

/** The part of the agenda a session belongs to: the opening, a working session or the closing. */
public enum SessionPart {
    OPENING, SESSION, CLOSING
}
