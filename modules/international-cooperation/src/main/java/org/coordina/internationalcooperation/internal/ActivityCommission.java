package org.coordina.internationalcooperation.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A commission taking part in a cooperation activity, as stored. */
@Table(schema = "internationalcooperation", name = "activity_commission")
record ActivityCommission(String code) {
}
