package org.coordina.meetings.internal;

import java.time.LocalDateTime;

import org.springframework.data.relational.core.mapping.Table;

/** A session of the agenda as stored; its speakers and links are stored beside it by session number. */
@Table(schema = "meetings", name = "agenda_session")
record AgendaSession(SessionPart part, String titleBg, String titleEn, String purpose, String moderator,
        LocalDateTime startsAt, LocalDateTime endsAt) {
}
