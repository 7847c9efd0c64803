package org.coordina.internationalcooperation.internal.web;

import java.util.UUID;

import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.internal.Partner;
import org.coordina.internationalcooperation.internal.PartnerEntry;

/** A partner. */
record PartnerView(UUID id, String nameBg, String nameEn, PartnerKind kind, String country, String contacts,
        String website, long version) {

    static PartnerView of(Partner partner) {
        return new PartnerView(partner.getId(), partner.getNameBg(), partner.getNameEn(), partner.getKind(),
                partner.getCountry(), partner.getContacts(), partner.getWebsite(), partner.getVersion());
    }

    static PartnerView of(PartnerEntry entry) {
        return new PartnerView(entry.id(), entry.nameBg(), entry.nameEn(), entry.kind(), entry.country(), null,
                entry.website(), entry.version());
    }
}
