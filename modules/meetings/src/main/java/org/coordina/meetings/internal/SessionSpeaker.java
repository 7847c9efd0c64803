package org.coordina.meetings.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A speaker of the session with this (0-based) number, as stored. */
@Table(schema = "meetings", name = "session_speaker")
record SessionSpeaker(int sessionNo, String name, String role, String commission) {
}
