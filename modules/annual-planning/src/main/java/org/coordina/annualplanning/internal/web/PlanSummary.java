package org.coordina.annualplanning.internal.web;

import java.util.UUID;

import org.coordina.annualplanning.events.PlanOwner;
import org.coordina.annualplanning.internal.PlanStatus;

/** A plan in its cycle's list: owner and its names, status and number of activities. */
record PlanSummary(UUID id, int year, PlanOwner owner, String ownerNameBg, String ownerNameEn, PlanStatus status,
        int activityCount, long version) {
}
