package org.coordina.meetings.internal;

/** The role a participant has in a meeting. */
public enum ParticipantRole {
    CHAIR, SECRETARY, MODERATOR, SPEAKER, EXPERT, GUEST
}
