package org.coordina.annualplanning.internal.web;

import java.util.List;

import org.coordina.annualplanning.internal.ReportingPeriod;

/** A plan's progress over a quarter, half-year or year, activity by activity. */
record PlanProgressView(int year, String owner, ReportingPeriod period, List<ActivityProgressSummary> activities) {
}
