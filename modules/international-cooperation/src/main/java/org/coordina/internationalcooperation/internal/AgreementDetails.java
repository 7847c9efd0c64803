package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.sharedkernel.domain.DomainProblem;

/** What an agreement says: its partners, kind, titles, validity (the last valid day {@code validTo}, open-ended when null) and document. */
public record AgreementDetails(Set<UUID> partnerIds, AgreementKind kind, String titleBg, String titleEn,
        LocalDate validFrom, LocalDate validTo, String documentReference) {

    public AgreementDetails {
        partnerIds = Set.copyOf(partnerIds);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        if (partnerIds.isEmpty()) {
            throw DomainProblem.ruleViolated("internationalcooperation.agreement.noPartner");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw DomainProblem.ruleViolated("internationalcooperation.agreement.validity", validFrom, validTo);
        }
    }
}
