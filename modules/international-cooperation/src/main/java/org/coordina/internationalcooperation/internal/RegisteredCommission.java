package org.coordina.internationalcooperation.internal;

import java.time.Instant;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A commission as international cooperation knows it: code, names and status, projected from the
 * regional-commissions events; {@code sourceVersion} is the commission's version there.
 */
@Table(schema = "internationalcooperation", name = "known_commission")
record RegisteredCommission(@Id UUID id, String code, String nameBg, String nameEn, CommissionStatus status,
        long sourceVersion, Instant projectedAt) {
}
