package org.coordina.regionalcommissions.internal;

import jakarta.validation.constraints.NotNull;
import org.coordina.regionalcommissions.events.CommissionStatus;

/** {@code PUT /commissions/{code}/status}: the status the commission moves to. */
record StatusChange(@NotNull CommissionStatus status) {
}
