package org.coordina.meetings.internal.web;

import jakarta.validation.constraints.Size;

/** The minutes and conclusions; a correction of published minutes needs a reason. */
record MinutesRequest(@Size(max = 100_000) String textBg, @Size(max = 100_000) String textEn,
        @Size(max = 8000) String conclusionsBg, @Size(max = 8000) String conclusionsEn,
        @Size(max = 2000) String reason) {
}
