package org.coordina.internationalcooperation.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A country of a transnational referral (ISO 3166-1 alpha-2), as stored. */
@Table(schema = "internationalcooperation", name = "activity_country")
record ActivityCountry(String country) {
}
