package org.coordina.annualplanning.internal;

/** A planning cycle is drafted, then opened for planning and reporting, then closed and frozen. */
public enum CycleStatus {
    DRAFT, OPEN, CLOSED
}
