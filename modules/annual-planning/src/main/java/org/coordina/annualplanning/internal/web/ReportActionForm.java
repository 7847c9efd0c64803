package org.coordina.annualplanning.internal.web;

/** Submitting or accepting a report: the version of the report the page was read at (missing: a stale page). */
record ReportActionForm(Long version) {
}
