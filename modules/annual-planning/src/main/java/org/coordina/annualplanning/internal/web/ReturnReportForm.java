package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The national administration's reasons for returning a report (the rules of {@link CommentsRequest}) and the report's version. */
record ReturnReportForm(@NotBlank(message = "{annualplanning.page.report.error.commentsRequired}")
        @Size(max = 4000, message = "{annualplanning.page.report.error.commentsTooLong}") String comments,
        Long version) {
}
