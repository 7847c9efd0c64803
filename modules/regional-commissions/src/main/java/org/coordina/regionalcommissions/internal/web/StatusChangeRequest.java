package org.coordina.regionalcommissions.internal.web;

import jakarta.validation.constraints.NotNull;
import org.coordina.regionalcommissions.events.CommissionStatus;

/** {@code PUT /commissions/{code}/status}: the status the commission moves to. */
record StatusChangeRequest(@NotNull CommissionStatus status) {
}
