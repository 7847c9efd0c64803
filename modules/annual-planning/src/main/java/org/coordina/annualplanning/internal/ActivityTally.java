package org.coordina.annualplanning.internal;

/** How many activities there are, and how many are in each status (an activity's status is its latest progress). */
public record ActivityTally(long total, long notStarted, long inProgress, long completed, long postponed,
        long cancelled) {

    /** No activities at all. */
    public static final ActivityTally NONE = new ActivityTally(0, 0, 0, 0, 0, 0);
}
