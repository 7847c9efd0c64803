package org.coordina.annualplanning.internal;

/**
 * Where a plan's report for a quarter stands in the roll-up: its status, OVERDUE when a draft or
 * returned report is past its due date, MISSING when there is no report (the plan is not approved yet).
 */
public enum ReportState {
    MISSING, DRAFT, SUBMITTED, ACCEPTED, RETURNED, OVERDUE
}
