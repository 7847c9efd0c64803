package org.coordina.victimsupport.internal;

import java.util.List;

/**
 * A breakdown of the victim statistics, with its values, as the EU anti-trafficking directive's indicators,
 * Eurostat and UNODC count them. Every victim counted falls in exactly one value of each dimension.
 */
enum Dimension {

    SEX("FEMALE", "MALE", "UNKNOWN"),
    AGE_GROUP("CHILD", "ADULT"),
    CITIZENSHIP("NATIONAL", "OTHER_EU", "NON_EU"),
    EXPLOITATION("SEXUAL_EXPLOITATION", "LABOUR_EXPLOITATION", "FORCED_BEGGING", "FORCED_CRIMINALITY",
            "REMOVAL_OF_ORGANS", "SALE_OF_NEWBORN", "OTHER"),
    IDENTIFICATION("FORMALLY_IDENTIFIED", "PRESUMED"),
    STAGE("IDENTIFICATION", "RISK_ASSESSMENT", "IMMEDIATE_NEEDS", "REFERRAL", "CRISIS_INTERVENTION",
            "RECOVERY_AND_REFLECTION", "SOCIAL_INCLUSION", "VOLUNTARY_RETURN");

    private final List<String> values;

    Dimension(String... values) {
        this.values = List.of(values);
    }

    List<String> categories() {
        return values;
    }
}
