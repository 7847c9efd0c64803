package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.domain.DomainProblem;

import java.time.LocalDate;
import java.util.Objects;

/** The core data of a commission that only the national administration sets. */
public record CommissionDetails(String nameBg, String nameEn, String city, String region, LocalDate establishedOn,
        FoundingAct foundingAct, Chair chair) {

    public CommissionDetails {
        Objects.requireNonNull(nameBg, "nameBg");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(establishedOn, "establishedOn");
        Objects.requireNonNull(foundingAct, "foundingAct");
        Objects.requireNonNull(chair, "chair");
        if (establishedOn.isBefore(foundingAct.date())) {
            throw DomainProblem.ruleViolated("regionalcommissions.commission.establishedBeforeFoundingAct");
        }
    }
}
