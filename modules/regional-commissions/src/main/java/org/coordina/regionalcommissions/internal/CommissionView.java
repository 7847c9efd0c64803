package org.coordina.regionalcommissions.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;

/** A commission with its founding act, chair and secretary contacts, for those who may read its data. */
record CommissionView(UUID id, String code, String nameBg, String nameEn, String city, String region,
        LocalDate establishedOn, FoundingActData foundingAct, ChairData chair, SecretaryData secretary,
        CommissionStatus status, long version) {
}
