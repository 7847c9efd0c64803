package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.internationalcooperation.events.AgreementKind;

/** An agreement as the list shows it. */
public record AgreementEntry(UUID id, AgreementKind kind, String titleBg, String titleEn, List<UUID> partnerIds,
        LocalDate signedOn, LocalDate validFrom, LocalDate validTo, AgreementStatus status, long version) {
}
