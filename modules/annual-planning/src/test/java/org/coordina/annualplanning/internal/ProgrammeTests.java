package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.annualplanning.internal.PlanningCycleTests.CAMPAIGNS;
import static org.coordina.annualplanning.internal.PlanningCycleTests.PREVENTION;
import static org.coordina.annualplanning.internal.PlanningCycleTests.TRAINING;
import static org.coordina.annualplanning.internal.ServiceFixture.refused;
import static org.coordina.sharedkernel.domain.DomainProblem.Kind.RULE_VIOLATED;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgrammeTests {

    @Test
    void aProgrammeHasAtLeastOneSection() {
        refused(() -> new Programme(null, null), RULE_VIOLATED, "annualplanning.cycle.noSections");
        refused(() -> new Programme(List.of(), List.of(CAMPAIGNS)), RULE_VIOLATED, "annualplanning.cycle.noSections");
    }

    @Test
    void withoutObjectivesItHasNone() {
        assertThat(new Programme(List.of(PREVENTION), null).objectives()).isEmpty();
    }

    @Test
    void codesAreUniqueAcrossSectionsAndObjectives() {
        refused(() -> new Programme(List.of(PREVENTION, PREVENTION), List.of()), RULE_VIOLATED,
                "annualplanning.cycle.duplicateCode", "II");
        refused(() -> new Programme(List.of(PREVENTION), List.of(CAMPAIGNS, CAMPAIGNS)), RULE_VIOLATED,
                "annualplanning.cycle.duplicateCode", "II.1");
        refused(() -> new Programme(List.of(PREVENTION), List.of(new OperationalObjective("II", "II", "x", "x"))),
                RULE_VIOLATED, "annualplanning.cycle.duplicateCode", "II");
    }

    @Test
    void itKeepsItsOwnCopies() {
        var sections = new ArrayList<>(List.of(PREVENTION));
        var objectives = new ArrayList<>(List.of(CAMPAIGNS));
        var programme = new Programme(sections, objectives);
        sections.add(TRAINING);
        objectives.clear();
        assertThat(programme.sections()).containsExactly(PREVENTION);
        assertThat(programme.objectives()).containsExactly(CAMPAIGNS);
        assertThatThrownBy(() -> programme.sections().add(TRAINING)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theDefaultsAreTheSevenSectionsOfTheNationalProgrammeWithoutObjectives() {
        var defaults = Programme.defaults();
        assertThat(defaults.sections()).extracting(ProgrammeSection::code)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII");
        assertThat(defaults.sections()).allSatisfy(section -> {
            assertThat(section.titleBg()).isNotBlank();
            assertThat(section.titleEn()).isNotBlank();
            assertThat(section.strategicObjectiveBg()).isNotBlank();
            assertThat(section.strategicObjectiveEn()).isNotBlank();
        });
        assertThat(defaults.sections().get(1).titleEn()).isEqualTo("Prevention");
        assertThat(defaults.objectives()).isEmpty();
    }
}
