package org.coordina.annualplanning.internal.web;

import java.time.Instant;
import java.util.UUID;

import org.coordina.annualplanning.internal.CycleStatus;

/** A planning cycle in the list: year, status and deadlines. */
record CycleSummary(UUID id, int year, CycleStatus status, CycleView.DeadlinesView deadlines, Instant openedAt,
        Instant closedAt, long version) {
}
