package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One deadline of a reporting obligation (number {@code sequence}, 0 the first), with what was submitted and
 * when its due-soon and overdue announcements were made (each at most once).
 */
@Table(schema = "internationalcooperation", name = "obligation_occurrence")
public record Occurrence(UUID id, LocalDate dueOn, OccurrenceStatus status, LocalDate submittedOn, String reference,
        Instant dueSoonAnnouncedAt, Instant overdueAnnouncedAt) {

    static Occurrence open(LocalDate dueOn) {
        return new Occurrence(UUID.randomUUID(), dueOn, OccurrenceStatus.OPEN, null, null, null, null);
    }

    boolean isOutstanding() {
        return status != OccurrenceStatus.SUBMITTED;
    }

    Occurrence submitted(LocalDate on, String reference) {
        return new Occurrence(id, dueOn, OccurrenceStatus.SUBMITTED, on, reference, dueSoonAnnouncedAt,
                overdueAnnouncedAt);
    }

    Occurrence dueSoonAnnounced(Instant now) {
        return new Occurrence(id, dueOn, status, submittedOn, reference, now, overdueAnnouncedAt);
    }

    Occurrence late(Instant now) {
        return new Occurrence(id, dueOn, OccurrenceStatus.LATE, submittedOn, reference, dueSoonAnnouncedAt, now);
    }
}
