package org.coordina.annualplanning.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A section of the National Programme (e.g. {@code II}, Prevention) with its strategic objective. */
@Table(schema = "annualplanning", name = "programme_section")
public record ProgrammeSection(String code, String titleBg, String titleEn, String strategicObjectiveBg,
        String strategicObjectiveEn) {
}
