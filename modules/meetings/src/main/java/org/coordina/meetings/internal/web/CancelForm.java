package org.coordina.meetings.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The cancel page's form: why the meeting is cancelled, and the version the page was read at. */
record CancelForm(@NotBlank @Size(max = 2000) String reason, long version) {
}
