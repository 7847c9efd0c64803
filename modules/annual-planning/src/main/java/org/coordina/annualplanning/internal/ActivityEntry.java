package org.coordina.annualplanning.internal;

import java.util.UUID;

import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityStatus;

/**
 * An activity as its plan's list shows it, with the status its latest quarterly progress reports
 * ({@code NOT_STARTED} until one does).
 */
public record ActivityEntry(UUID id, String sectionCode, String objectiveCode, String titleBg, String titleEn,
        UUID servesActivityId, ActivityOrigin origin, ActivityStatus status, long version) {
}
