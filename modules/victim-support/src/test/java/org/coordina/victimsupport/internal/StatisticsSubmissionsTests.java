package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.VictimStatisticsAccepted;
import org.coordina.victimsupport.events.VictimStatisticsSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class StatisticsSubmissionsTests {

    private final InMemoryStores stores = new InMemoryStores();

    private final StatisticsSubmissions statistics = stores.statistics;

    private final CommissionCode code = stores.known("BGS");

    private static StatisticsTable twelve() {
        return StatisticsTable.of(12, StatisticsTableTests.twelveVictims());
    }

    private static StatisticsTable corrected() {
        var cells = new ArrayList<>(StatisticsTableTests.twelveVictims());
        cells.set(0, new StatisticsCell(Tabulation.EXPLOITATION_BY_SEX, "SEXUAL_EXPLOITATION", "FEMALE", 7));
        cells.add(new StatisticsCell(Tabulation.EXPLOITATION_BY_SEX, "OTHER", "FEMALE", 1));
        return StatisticsTable.of(12, cells);
    }

    @Test
    void aDraftIsSubmittedAndAcceptedPublishingOnlyProtectedTablesWithTheSavedVersion() {
        var draft = statistics.draft(code, 2030, 1, twelve());
        assertThat(draft.getStatus()).isEqualTo(StatisticsStatus.DRAFT);
        assertThat(draft.getVersion()).isEqualTo(1);
        assertThat(stores.published).isEmpty();

        var submitted = statistics.submit(code, 2030, 1, 1);
        assertThat(submitted.getStatus()).isEqualTo(StatisticsStatus.SUBMITTED);
        assertThat(submitted.getSubmittedAt()).isEqualTo(InMemoryStores.NOW);
        var accepted = statistics.accept(code, 2030, 1, 2);
        assertThat(accepted.getStatus()).isEqualTo(StatisticsStatus.ACCEPTED);
        assertThat(accepted.getAcceptedAt()).isEqualTo(InMemoryStores.NOW);

        assertThat(stores.published(VictimStatisticsSubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.commission()).isEqualTo(code);
            assertThat(event.year()).isEqualTo(2030);
            assertThat(event.quarter()).isEqualTo(1);
            assertThat(event.occurredAt()).isEqualTo(InMemoryStores.NOW);
            assertThat(event.aggregateId()).isEqualTo(draft.getId().toString());
            var figures = DisclosureControlRandomizedTests.figures(event.statistics());
            assertThat(figures.get("SEX=MALE")).isEqualTo(ProtectedFigure.hidden());
            assertThat(event.statistics().minimumCellSize()).isEqualTo(5);
        });
        assertThat(stores.published(VictimStatisticsAccepted.class)).singleElement().satisfies(event -> {
            assertThat(event.version()).isEqualTo(3);
            assertThat(event.corrected()).isFalse();
            assertThat(DisclosureControlRandomizedTests.figures(event.statistics()).get("AGE_GROUP=CHILD").suppressed())
                    .isTrue();
        });
        assertThat(stores.history.of(draft.getId())).extracting(entry -> entry.action())
                .containsExactly("drafted", "submitted", "accepted");
    }

    @Test
    void aDraftsCountsChangeOnlyWhenTheyDifferAndNotAfterSubmission() {
        statistics.draft(code, 2030, 2, twelve());
        var same = statistics.replace(code, 2030, 2, 1, twelve());
        assertThat(same.getVersion()).isEqualTo(1);
        assertThat(stores.statisticsRepository.saves()).isEqualTo(1);
        var changed = statistics.replace(code, 2030, 2, 1, corrected());
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(changed.table()).isEqualTo(corrected());
        assertThat(stores.history.of(changed.getId()).get(1).changes()).extracting(change -> change.field())
                .contains("EXPLOITATION_BY_SEX/SEXUAL_EXPLOITATION/FEMALE");
        statistics.submit(code, 2030, 2, 2);
        assertThatThrownBy(() -> statistics.replace(code, 2030, 2, 3, twelve()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("victimsupport.statistics.wrongStatus");
                    assertThat(problem.arguments()).containsExactly(code, 2030, 2, StatisticsStatus.SUBMITTED);
                });
        assertThatThrownBy(() -> statistics.submit(code, 2030, 2, 3)).isInstanceOf(DomainProblem.class);
    }

    @Test
    void acceptedStatisticsChangeOnlyByACorrectionWithAReasonKeptInTheHistory() {
        statistics.draft(code, 2030, 3, twelve());
        statistics.submit(code, 2030, 3, 1);
        assertThatThrownBy(() -> statistics.correct(code, 2030, 3, 2, corrected(), "Too early"))
                .isInstanceOf(DomainProblem.class);
        statistics.accept(code, 2030, 3, 2);
        assertThatThrownBy(() -> statistics.accept(code, 2030, 3, 3)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> statistics.correct(code, 2030, 3, 3, corrected(), " "))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("victimsupport.statistics.reasonRequired"));
        assertThatThrownBy(() -> statistics.correct(code, 2030, 3, 3, corrected(), null))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> statistics.correct(code, 2030, 3, 3, corrected(), "Case of maria@example.bg"))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("victimsupport.personalData.email"));
        var unchanged = statistics.correct(code, 2030, 3, 3, twelve(), "Nothing to correct");
        assertThat(unchanged.getVersion()).isEqualTo(3);

        var corrected = statistics.correct(code, 2030, 3, 3, corrected(), "  One case was reclassified ");
        assertThat(corrected.getVersion()).isEqualTo(4);
        assertThat(corrected.getStatus()).isEqualTo(StatisticsStatus.ACCEPTED);
        assertThat(corrected.table()).isEqualTo(corrected());
        assertThat(stores.published(VictimStatisticsAccepted.class)).hasSize(2).last().satisfies(event -> {
            assertThat(event.corrected()).isTrue();
            assertThat(event.version()).isEqualTo(4);
        });
        var entries = statistics.history(code, 2030, 3);
        assertThat(entries).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("corrected");
            assertThat(entry.reason()).isEqualTo("One case was reclassified");
        });
        // The history shows counts as protected: the small ones never appear.
        assertThat(entries).allSatisfy(entry -> assertThat(entry.changes()).allSatisfy(change -> {
            assertThat(change.to()).isNotIn("1", "2", "3", "4");
            assertThat(change.from()).isNotIn("1", "2", "3", "4");
        }));
    }

    @Test
    void staleVersionsUnknownCommissionsPeriodsAndSecondDraftsAreRefused() {
        statistics.draft(code, 2030, 4, twelve());
        assertThatThrownBy(() -> statistics.submit(code, 2030, 4, 7)).isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("version 1, not 7");
        assertThatThrownBy(() -> statistics.draft(code, 2030, 4, twelve())).isInstanceOfSatisfying(
                DomainProblem.class, problem -> assertThat(problem.messageCode()).isEqualTo("victimsupport.statistics.exists"));
        assertThatThrownBy(() -> statistics.draft(CommissionCode.parse("QQQ"), 2030, 1, twelve()))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.messageCode()).isEqualTo("victimsupport.commission.unknown");
                    assertThat(problem.arguments()).containsExactly("QQQ");
                });
        for (var period : new int[][] { { 2030, 0 }, { 2030, 5 }, { 1999, 1 }, { 2101, 1 } }) {
            assertThatThrownBy(() -> statistics.draft(code, period[0], period[1], twelve()))
                    .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                            .isEqualTo("victimsupport.statistics.period"));
        }
        assertThat(statistics.draft(code, 2000, 1, twelve()).getYear()).isEqualTo(2000);
        assertThat(statistics.draft(code, 2100, 4, twelve()).getQuarter()).isEqualTo(4);
        assertThatThrownBy(() -> statistics.find(code, 2031, 1)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
        assertThatThrownBy(() -> statistics.find(code, 2031, 9)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED));
    }
}
