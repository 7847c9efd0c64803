package org.coordina.annualplanning.internal;

import java.util.UUID;

import org.coordina.sharedkernel.domain.Party;

/** A plan as a cycle's list shows it: its owner and the owner's names, its status and how many activities it has. */
public record PlanEntry(UUID id, int year, Party owner, String ownerNameBg, String ownerNameEn, PlanStatus status,
        int activityCount, long version) {
}
