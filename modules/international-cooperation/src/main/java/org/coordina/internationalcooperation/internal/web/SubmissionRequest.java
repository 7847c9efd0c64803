package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A report submitted for a deadline: when, and the reference it was sent under. */
record SubmissionRequest(@NotNull LocalDate submittedOn, @NotBlank @Size(max = 200) String reference) {
}
