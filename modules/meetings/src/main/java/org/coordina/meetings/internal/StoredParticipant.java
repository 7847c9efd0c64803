package org.coordina.meetings.internal;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A participant as stored (the commission as its code). */
@Table(schema = "meetings", name = "participant")
record StoredParticipant(@Id UUID id, String name, String institution, String commission, ParticipantRole role,
        Attendance attendance) {
}
