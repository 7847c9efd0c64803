package org.coordina.regionalcommissions.internal.web;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;

/** A commission with its founding act, chair and secretary contacts, for those who may read its data. */
record CommissionView(UUID id, CommissionCode code, String nameBg, String nameEn, String city, String region,
        LocalDate establishedOn, FoundingActView foundingAct, ChairView chair, SecretaryView secretary,
        CommissionStatus status, long version) {

    /** The act that set the commission up. */
    record FoundingActView(String issuer, String number, LocalDate date) {
    }

    /** Who chairs the commission, by office. */
    record ChairView(String title, String institution) {
    }

    /** The secretary and their institutional contacts. */
    record SecretaryView(String name, String email, String phone) {
    }
}
