package org.coordina.meetings.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The meetings, each with its agenda, participants and outcomes. */
interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {
}
