package org.coordina.internationalcooperation.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A partner of an agreement, as stored. */
@Table(schema = "internationalcooperation", name = "agreement_partner")
record AgreementPartner(UUID partnerId) {
}
