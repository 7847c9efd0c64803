package org.coordina.internationalcooperation.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A partner of a cooperation activity, as stored. */
@Table(schema = "internationalcooperation", name = "activity_partner")
record ActivityPartner(UUID partnerId) {
}
