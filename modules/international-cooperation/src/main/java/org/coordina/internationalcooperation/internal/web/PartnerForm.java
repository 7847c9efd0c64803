package org.coordina.internationalcooperation.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.internal.Partner;
import org.coordina.internationalcooperation.internal.PartnerDetails;

/** The form of a partner: the rules of {@link PartnerRequest}, and the version it was read at. */
record PartnerForm(
        @NotBlank(message = "{internationalcooperation.page.validation.required}")
        @Size(max = 300, message = "{internationalcooperation.page.validation.size}") String nameBg,
        @NotBlank(message = "{internationalcooperation.page.validation.required}")
        @Size(max = 300, message = "{internationalcooperation.page.validation.size}") String nameEn,
        @NotNull(message = "{internationalcooperation.page.validation.required}") PartnerKind kind,
        @Pattern(regexp = "[A-Z]{2}", message = "{internationalcooperation.page.validation.country}") String country,
        @Size(max = 2000, message = "{internationalcooperation.page.validation.size}") String contacts,
        @Size(max = 500, message = "{internationalcooperation.page.validation.size}")
        @Pattern(regexp = "https?://\\S+", message = "{internationalcooperation.page.validation.website}") String website,
        Long version) {

    static PartnerForm blank() {
        return new PartnerForm(null, null, null, null, null, null, null);
    }

    static PartnerForm of(Partner partner) {
        return new PartnerForm(partner.getNameBg(), partner.getNameEn(), partner.getKind(), partner.getCountry(),
                partner.getContacts(), partner.getWebsite(), partner.getVersion());
    }

    PartnerDetails toDetails() {
        return new PartnerDetails(nameBg, nameEn, kind, country, contacts, website);
    }
}
