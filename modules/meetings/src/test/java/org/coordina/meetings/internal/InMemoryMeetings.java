package org.coordina.meetings.internal;

import java.util.List;
import java.util.Optional;

import org.coordina.testsupport.InMemoryRepository;

/** Meetings in a map, publishing what saving publishes. */
class InMemoryMeetings extends InMemoryRepository<Meeting> implements MeetingRepository {

    InMemoryMeetings(List<Object> published) {
        super(Meeting.class, published);
    }

    @Override
    public Optional<Meeting> findFirstByTitleEn(String titleEn) {
        return where(meeting -> meeting.getTitleEn().equals(titleEn)).stream().findFirst();
    }
}
