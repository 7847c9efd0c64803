package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.internationalcooperation.internal.AgreementDetails;

/** An agreement to draft or its new data. */
record AgreementRequest(@NotEmpty @Size(max = 50) Set<@NotNull UUID> partnerIds, @NotNull AgreementKind kind,
        @NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn, @NotNull LocalDate validFrom,
        LocalDate validTo, @Size(max = 200) String documentReference) {

    AgreementDetails toDetails() {
        return new AgreementDetails(partnerIds, kind, titleBg.strip(), titleEn.strip(), validFrom, validTo,
                Texts.blankToNull(documentReference));
    }
}
