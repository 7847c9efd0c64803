package org.coordina.annualplanning.internal.web;

import java.time.Instant;

import org.coordina.annualplanning.internal.CycleStatus;

/** A cycle just closed: its status, when, its version. */
record ClosedCycleView(int year, CycleStatus status, Instant closedAt, long version) {
}
