package org.coordina.annualplanning.internal;

/** How many submitted quarterly reports of an open cycle wait for the national administration's review. */
public record ReviewCountEntry(int year, long reports) {
}
