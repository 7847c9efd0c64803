package org.coordina.regionalcommissions.internal.web;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;

/** The public face of a commission, readable by every signed-in user. */
record CommissionSummary(UUID id, CommissionCode code, String nameBg, String nameEn, String city,
        CommissionStatus status, long version) {
}
