package org.coordina.annualplanning.internal.web;

import java.util.UUID;

import org.coordina.annualplanning.internal.PlanStatus;
import org.coordina.sharedkernel.domain.Party;

/** A plan in its cycle's list: owner and its names, status and number of activities. */
record PlanSummary(UUID id, int year, Party owner, String ownerNameBg, String ownerNameEn, PlanStatus status,
        int activityCount, long version) {
}
