package org.coordina.meetings.internal;

import org.springframework.data.relational.core.mapping.Table;

/** An item linked to the session with this (0-based) number, as stored. */
@Table(schema = "meetings", name = "session_link")
record SessionLink(int sessionNo, LinkKind kind, String reference, String label) {
}
