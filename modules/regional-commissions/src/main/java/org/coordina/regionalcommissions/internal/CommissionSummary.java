package org.coordina.regionalcommissions.internal;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;

/** The public face of a commission, readable by every signed-in user. */
record CommissionSummary(UUID id, String code, String nameBg, String nameEn, String city, CommissionStatus status,
        long version) {
}
