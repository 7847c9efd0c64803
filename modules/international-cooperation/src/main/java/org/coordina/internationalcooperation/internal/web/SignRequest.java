package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The day an agreement was signed. */
record SignRequest(@NotNull LocalDate signedOn) {
}
