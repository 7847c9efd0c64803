package org.coordina.annualplanning.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.annualplanning.internal.ProgrammeSection;

/** The cycle page's form that adds a programme section: the rules of {@link SectionRequest} and the cycle's version. */
record SectionForm(@NotBlank @Pattern(regexp = WebConstraints.CODE, message = "{annualplanning.page.validation.code}")
        @Size(max = 8) String code, @NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn,
        @NotBlank @Size(max = 2000) String strategicObjectiveBg, @NotBlank @Size(max = 2000) String strategicObjectiveEn,
        long version) {

    static SectionForm empty(long version) {
        return new SectionForm(null, null, null, null, null, version);
    }

    ProgrammeSection toSection() {
        return new ProgrammeSection(code, titleBg, titleEn, strategicObjectiveBg, strategicObjectiveEn);
    }
}
