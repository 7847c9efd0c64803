package org.coordina.meetings.internal;

import java.util.List;

import org.coordina.testsupport.InMemoryRepository;

/** Meetings in a map, publishing what saving publishes. */
class InMemoryMeetings extends InMemoryRepository<Meeting> implements MeetingRepository {

    InMemoryMeetings(List<Object> published) {
        super(Meeting.class, published);
    }
}
