package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.internationalcooperation.internal.Agreement;
import org.coordina.internationalcooperation.internal.AgreementEntry;
import org.coordina.internationalcooperation.internal.AgreementStatus;

/** An agreement. */
record AgreementView(UUID id, List<UUID> partnerIds, AgreementKind kind, String titleBg, String titleEn,
        LocalDate signedOn, LocalDate validFrom, LocalDate validTo, AgreementStatus status, String documentReference,
        long version) {

    static AgreementView of(Agreement agreement) {
        return new AgreementView(agreement.getId(), agreement.getPartnerIds(), agreement.getKind(),
                agreement.getTitleBg(), agreement.getTitleEn(), agreement.getSignedOn(), agreement.getValidFrom(),
                agreement.getValidTo(), agreement.getStatus(), agreement.getDocumentReference(), agreement.getVersion());
    }

    static AgreementView of(AgreementEntry entry) {
        return new AgreementView(entry.id(), entry.partnerIds(), entry.kind(), entry.titleBg(), entry.titleEn(),
                entry.signedOn(), entry.validFrom(), entry.validTo(), entry.status(), null, entry.version());
    }
}
