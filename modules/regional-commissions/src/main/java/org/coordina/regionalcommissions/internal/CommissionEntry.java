package org.coordina.regionalcommissions.internal;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;

/** A commission as the directory lists it: its public face, read straight from its row. */
public record CommissionEntry(UUID id, CommissionCode code, String nameBg, String nameEn, String city,
        CommissionStatus status, long version) {
}
