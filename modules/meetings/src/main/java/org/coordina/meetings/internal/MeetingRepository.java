package org.coordina.meetings.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The meetings, each with its agenda, participants and outcomes. */
interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

    /** The meeting with this English title, if there is one (demo data finds what it seeded so). */
    Optional<Meeting> findFirstByTitleEn(String titleEn);
}
