package org.coordina.internationalcooperation.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.internal.PartnerDetails;

/** A partner to register or its new data. */
record PartnerRequest(@NotBlank @Size(max = 300) String nameBg, @NotBlank @Size(max = 300) String nameEn,
        @NotNull PartnerKind kind, @Pattern(regexp = "[A-Z]{2}") String country, @Size(max = 2000) String contacts,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+") String website) {

    PartnerDetails toDetails() {
        return new PartnerDetails(nameBg.strip(), nameEn.strip(), kind, country, Texts.blankToNull(contacts),
                Texts.blankToNull(website));
    }
}
