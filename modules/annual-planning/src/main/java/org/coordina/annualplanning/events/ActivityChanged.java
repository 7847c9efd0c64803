package org.coordina.annualplanning.events;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.ModuleEvent;
import org.coordina.sharedkernel.domain.Party;

/** An activity's plan data changed (title, section, link, deadlines, indicators…). */
public record ActivityChanged(UUID eventId, Instant occurredAt, UUID activityId, long version, UUID planId, int year,
        Party owner, String sectionCode, String titleBg, String titleEn, UUID servesActivityId) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
