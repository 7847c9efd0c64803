package org.coordina.notifications.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The projection of the meetings: what a reschedule or cancellation, which name neither, needs to be told. */
@Repository
class JdbcMeetings {

    private final JdbcClient jdbc;

    JdbcMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a meeting (its times only when it is known already), unless a newer version is known. */
    void project(KnownMeeting meeting, long version) {
        jdbc.sql("""
                INSERT INTO notifications.known_meeting
                    (id, organiser, kind, title_bg, title_en, starts_at, ends_at, zone_id, invited, source_version)
                VALUES (:id, :organiser, :kind, :titleBg, :titleEn, :startsAt, :endsAt, :zoneId, :invited, :version)
                ON CONFLICT (id) DO UPDATE
                SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, zone_id = EXCLUDED.zone_id,
                    source_version = EXCLUDED.source_version
                WHERE notifications.known_meeting.source_version < EXCLUDED.source_version
                """).param("id", meeting.id()).param("organiser", meeting.organiser().value())
                .param("kind", meeting.kind().name()).param("titleBg", meeting.title().bg())
                .param("titleEn", meeting.title().en()).param("startsAt", Timestamp.valueOf(meeting.startsAt()))
                .param("endsAt", Timestamp.valueOf(meeting.endsAt())).param("zoneId", meeting.zoneId())
                .param("invited", String.join(",", meeting.invited())).param("version", version).update();
    }

    /** The meeting, if it is known here. */
    Optional<KnownMeeting> find(UUID id) {
        return jdbc.sql("SELECT * FROM notifications.known_meeting WHERE id = :id").param("id", id)
                .query((row, n) -> new KnownMeeting(row.getObject("id", UUID.class), new Party(row.getString("organiser")),
                        MeetingKind.valueOf(row.getString("kind")),
                        new Bilingual(row.getString("title_bg"), row.getString("title_en")),
                        row.getTimestamp("starts_at").toLocalDateTime(), row.getTimestamp("ends_at").toLocalDateTime(),
                        row.getString("zone_id"), codes(row.getString("invited"))))
                .optional();
    }

    private static List<String> codes(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
