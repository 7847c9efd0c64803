package org.coordina.annualplanning.internal;

/** How many plans' reports for a quarter are in each state. */
public record QuarterTally(int quarter, long missing, long draft, long submitted, long accepted, long returned,
        long overdue) {
}
