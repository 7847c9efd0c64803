package org.coordina.sharedkernel.commissions;

import java.time.Instant;
import java.util.UUID;

/**
 * A commission as a module knows it: code, names and status, projected from the regional-commissions events;
 * {@code sourceVersion} is the commission's version there.
 */
public record RegisteredCommission(UUID id, String code, String nameBg, String nameEn, CommissionState status,
        long sourceVersion, Instant projectedAt) {
}
