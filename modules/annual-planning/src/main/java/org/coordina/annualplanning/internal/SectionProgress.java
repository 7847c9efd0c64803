package org.coordina.annualplanning.internal;

/** The activities and indicators of every plan in one programme section. */
public record SectionProgress(String code, String titleBg, String titleEn, ActivityTally activities,
        IndicatorTally indicators) {
}
