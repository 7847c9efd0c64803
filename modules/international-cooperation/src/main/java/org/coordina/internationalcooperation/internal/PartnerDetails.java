package org.coordina.internationalcooperation.internal;

import java.util.Objects;

import org.coordina.internationalcooperation.events.PartnerKind;

/** What a partner is: names, kind, country (ISO 3166-1 alpha-2, none for an international body), contacts, website. */
public record PartnerDetails(String nameBg, String nameEn, PartnerKind kind, String country, String contacts,
        String website) {

    public PartnerDetails {
        Objects.requireNonNull(nameBg, "nameBg");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
    }
}
