package org.coordina.annualplanning.internal;

import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;

/** An activity of a closing cycle whose latest reported status is neither COMPLETED nor CANCELLED. */
record UnfinishedActivity(UUID id, int year, Party owner, String sectionCode, String titleBg, String titleEn,
        String description, ActivityStatus status) {
}
