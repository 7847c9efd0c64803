package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.Size;

/**
 * One activity's row of the quarterly report form, as posted: the status, the narrative (the API's limit) and the
 * number of people reached as typed, and the version of the progress entry the page was read at. The indicator
 * values come as {@code value-<indicatorId>} fields and are read with the row's indicators ({@link ReportRowInput}).
 */
record ReportRowForm(String status,
        @Size(max = 4000, message = "{annualplanning.page.report.error.narrativeTooLong}") String narrative,
        String peopleReached, long version) {
}
