package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.coordina.internationalcooperation.events.LegislativeInitiativeAdvanced;
import org.coordina.internationalcooperation.events.LegislativeStage;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;

class LegislativeInitiativeTests {

    private static final Instant NOW = Instant.parse("2030-01-10T10:00:00Z");

    private static final LocalDate START = LocalDate.of(2030, 1, 1);

    static LegislativeInitiative proposed() {
        return LegislativeInitiative.propose("Транспониране", "Transposition", "Directive (EU) 2024/1712",
                "Ministry of Justice", new StageReached(LegislativeStage.PROPOSAL, START, null));
    }

    @Test
    void anInitiativeMovesForwardThroughDatedStagesAnnouncingEach() {
        var initiative = proposed();
        assertThat(Events.of(initiative)).isEmpty();

        initiative.advance(new StageReached(LegislativeStage.IN_PARLIAMENT, START.plusMonths(2), "Tabled"), NOW);

        assertThat(initiative.getStage()).isEqualTo(LegislativeStage.IN_PARLIAMENT);
        assertThat(initiative.getStages()).extracting(StageReached::stage)
                .containsExactly(LegislativeStage.PROPOSAL, LegislativeStage.IN_PARLIAMENT);
        assertThat(Events.of(initiative)).singleElement().isInstanceOfSatisfying(LegislativeInitiativeAdvanced.class,
                event -> {
                    assertThat(event.from()).isEqualTo(LegislativeStage.PROPOSAL);
                    assertThat(event.to()).isEqualTo(LegislativeStage.IN_PARLIAMENT);
                    assertThat(event.reachedOn()).isEqualTo(START.plusMonths(2));
                    assertThat(event.euAct()).isEqualTo("Directive (EU) 2024/1712");
                    assertThat(event.version()).isEqualTo(1);
                });
    }

    @Test
    void anInitiativeShowsAndKeepsInItsHistoryWhatItIs() {
        var initiative = proposed();

        assertThat(initiative.getTitleBg()).isEqualTo("Транспониране");
        assertThat(initiative.getTitleEn()).isEqualTo("Transposition");
        assertThat(initiative.getEuAct()).isEqualTo("Directive (EU) 2024/1712");
        assertThat(initiative.getResponsibleInstitution()).isEqualTo("Ministry of Justice");
        assertThat(initiative.snapshot()).containsEntry("stage", LegislativeStage.PROPOSAL)
                .containsEntry("reachedOn", START).containsEntry("euAct", "Directive (EU) 2024/1712")
                .containsEntry("titleEn", "Transposition").containsEntry("titleBg", "Транспониране")
                .containsEntry("responsibleInstitution", "Ministry of Justice");
    }

    @Test
    void stagesNeverGoBackNorRepeatNorBeforeThePreviousDate() {
        var initiative = proposed();
        initiative.advance(new StageReached(LegislativeStage.PUBLIC_CONSULTATION, START, null), NOW);

        assertThatThrownBy(() -> initiative.advance(new StageReached(LegislativeStage.PROPOSAL, START, null), NOW))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        assertThatThrownBy(() -> initiative.advance(new StageReached(LegislativeStage.PUBLIC_CONSULTATION, START, null),
                NOW)).hasMessage("internationalcooperation.initiative.stageTransition");
        assertThatThrownBy(() -> initiative.advance(new StageReached(LegislativeStage.ADOPTED, START.minusDays(1), null),
                NOW)).hasMessage("internationalcooperation.initiative.stageDate");
        assertThat(initiative.getStage()).isEqualTo(LegislativeStage.PUBLIC_CONSULTATION);
    }

    @Test
    void adoptedAndDroppedAreFinalAndAnyEarlierStageMayBeDropped() {
        var adopted = proposed();
        adopted.advance(new StageReached(LegislativeStage.ADOPTED, START, null), NOW);
        assertThatThrownBy(() -> adopted.advance(new StageReached(LegislativeStage.DROPPED, START, null), NOW))
                .hasMessage("internationalcooperation.initiative.stageTransition");

        var dropped = proposed();
        dropped.advance(new StageReached(LegislativeStage.DROPPED, START, null), NOW);
        assertThat(dropped.getStage()).isEqualTo(LegislativeStage.DROPPED);
        assertThatThrownBy(() -> dropped.advance(new StageReached(LegislativeStage.ADOPTED, START, null), NOW))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> LegislativeInitiative.propose("a", "a", null, "b",
                new StageReached(LegislativeStage.ADOPTED, START, null)))
                .hasMessage("internationalcooperation.initiative.startsFinal");
    }
}
