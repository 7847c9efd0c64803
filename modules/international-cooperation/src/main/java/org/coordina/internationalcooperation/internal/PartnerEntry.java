package org.coordina.internationalcooperation.internal;

import java.util.UUID;

import org.coordina.internationalcooperation.events.PartnerKind;

/** A partner as the list shows it. */
public record PartnerEntry(UUID id, String nameBg, String nameEn, PartnerKind kind, String country, String website,
        long version) {
}
