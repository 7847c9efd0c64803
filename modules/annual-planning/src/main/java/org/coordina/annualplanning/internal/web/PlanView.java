package org.coordina.annualplanning.internal.web;

import java.time.Instant;
import java.util.UUID;

import org.coordina.annualplanning.internal.PlanStatus;
import org.coordina.sharedkernel.domain.Party;

/** A plan: its owner, status, the reasons it was last returned for, and when it was submitted and approved. */
record PlanView(UUID id, int year, Party owner, PlanStatus status, String returnReasons, Instant submittedAt,
        Instant approvedAt, long version) {
}
