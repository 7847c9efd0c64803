package org.coordina.meetings.events;

/** How far an agreed action item has come. */
public enum ActionItemStatus {
    OPEN, DONE, DROPPED
}
