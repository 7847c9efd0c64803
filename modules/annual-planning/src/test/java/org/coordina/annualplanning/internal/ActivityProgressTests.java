package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityCompleted;
import org.coordina.annualplanning.events.ActivityProgressReported;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ActivityProgressTests {

    static final Instant NOW = Instant.parse("2030-05-02T09:00:00Z");

    final UUID reportId = UUID.randomUUID();

    final UUID activityId = UUID.randomUUID();

    final UUID indicator = UUID.randomUUID();

    final ActivityProgress progress = ActivityProgress.start(reportId, activityId, 2030, new Party("ABC"), 2);

    @Test
    void aNewEntryIsNotStartedAndUnsaved() {
        assertThat(progress.getId()).isNotNull();
        assertThat(progress.getReportId()).isEqualTo(reportId);
        assertThat(progress.getActivityId()).isEqualTo(activityId);
        assertThat(progress.getCycleYear()).isEqualTo(2030);
        assertThat(progress.getOwner()).isEqualTo(new Party("ABC"));
        assertThat(progress.getQuarter()).isEqualTo(2);
        assertThat(progress.getStatus()).isEqualTo(ActivityStatus.NOT_STARTED);
        assertThat(progress.getNarrative()).isNull();
        assertThat(progress.getPeopleReached()).isNull();
        assertThat(progress.getEvidence()).isEmpty();
        assertThat(progress.getIndicatorValues()).isEmpty();
        assertThat(progress.getVersion()).isZero();
        assertThat(events()).isEmpty();
    }

    @Test
    void theFirstReportIsAlwaysSavedEvenWhenItSaysNotStarted() {
        assertThat(progress.report(ProgressDetails.notStarted(), Set.of(), NOW)).isTrue();
        assertThat(events()).singleElement().isInstanceOfSatisfying(ActivityProgressReported.class, event -> {
            assertThat(event.status()).isEqualTo(ActivityStatus.NOT_STARTED);
            assertThat(event.version()).isEqualTo(1);
        });
    }

    @Test
    void reportingRecordsTheDetailsAndAnnouncesThem() {
        var values = Set.of(new IndicatorValue(indicator, new BigDecimal("12.5")));
        assertThat(progress.report(new ProgressDetails(ActivityStatus.IN_PROGRESS, " Two sessions ", 25,
                List.of("https://example.org/a"), values), Set.of(indicator), NOW)).isTrue();

        assertThat(progress.getStatus()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(progress.getNarrative()).isEqualTo("Two sessions");
        assertThat(progress.getPeopleReached()).isEqualTo(25);
        assertThat(progress.getEvidence()).containsExactly("https://example.org/a");
        assertThat(progress.getIndicatorValues()).containsExactly(new IndicatorValue(indicator, new BigDecimal("12.50")));
        assertThat(events()).singleElement().isInstanceOfSatisfying(ActivityProgressReported.class, event -> {
            assertThat(event.eventId()).isNotNull();
            assertThat(event).isEqualTo(new ActivityProgressReported(event.eventId(), NOW, progress.getId(), 1,
                    activityId, 2030, new Party("ABC"), 2, ActivityStatus.IN_PROGRESS, 25));
        });
    }

    @Test
    void completingAnnouncesTheCompletionOnlyWhenTheStatusBecomesCompleted() {
        progress.report(details(ActivityStatus.COMPLETED, 10), Set.of(), NOW);
        var first = events();
        assertThat(first).hasSize(2);
        assertThat(first).filteredOn(ActivityCompleted.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ActivityCompleted.class, event -> {
                    assertThat(event.eventId()).isNotNull();
                    assertThat(event).isEqualTo(new ActivityCompleted(event.eventId(), NOW, activityId, 1, 2030,
                            new Party("ABC"), 2));
                });
        saved(1);
        progress.report(details(ActivityStatus.COMPLETED, 11), Set.of(), NOW);
        assertThat(events()).singleElement().isInstanceOf(ActivityProgressReported.class);
        saved(2);
        progress.report(details(ActivityStatus.IN_PROGRESS, 11), Set.of(), NOW);
        assertThat(events()).singleElement().isInstanceOf(ActivityProgressReported.class);
        saved(3);
        progress.report(details(ActivityStatus.COMPLETED, 11), Set.of(), NOW);
        assertThat(events()).hasSize(2).last().isInstanceOfSatisfying(ActivityCompleted.class,
                event -> assertThat(event.version()).isEqualTo(4));
    }

    @Test
    void reportingTheSameAgainChangesNothing() {
        progress.report(new ProgressDetails(ActivityStatus.IN_PROGRESS, "Held", 5, List.of(),
                Set.of(new IndicatorValue(indicator, new BigDecimal("3")))), Set.of(indicator), NOW);
        saved(1);
        events();
        assertThat(progress.report(new ProgressDetails(ActivityStatus.IN_PROGRESS, "Held ", 5, null,
                Set.of(new IndicatorValue(indicator, new BigDecimal("3.00")))), Set.of(indicator), NOW)).isFalse();
        assertThat(events()).isEmpty();
    }

    @Test
    void valuesOfAnotherActivitysIndicatorsAreRefused() {
        var foreign = UUID.randomUUID();
        assertThatThrownBy(() -> progress.report(new ProgressDetails(ActivityStatus.IN_PROGRESS, null, null, List.of(),
                Set.of(new IndicatorValue(foreign, BigDecimal.ONE))), Set.of(indicator), NOW))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED);
                    assertThat(problem.messageCode()).isEqualTo("annualplanning.progress.unknownIndicator");
                    assertThat(problem.arguments()).containsExactly(foreign);
                });
        assertThat(progress.getStatus()).isEqualTo(ActivityStatus.NOT_STARTED);
        assertThat(events()).isEmpty();
    }

    @Test
    void theSnapshotListsIndicatorValuesByIndicator() {
        progress.report(new ProgressDetails(ActivityStatus.POSTPONED, "Later", 0, List.of("https://example.org/x"),
                Set.of(new IndicatorValue(indicator, new BigDecimal("7")))), Set.of(indicator), NOW);
        assertThat(progress.snapshot()).containsOnlyKeys("status", "narrative", "peopleReached", "evidence",
                "indicatorValues")
                .containsEntry("status", ActivityStatus.POSTPONED).containsEntry("narrative", "Later")
                .containsEntry("peopleReached", 0).containsEntry("evidence", List.of("https://example.org/x"))
                .containsEntry("indicatorValues", Map.of(indicator.toString(), "7.00"));
        assertThat(progress.details()).isEqualTo(new ProgressDetails(ActivityStatus.POSTPONED, "Later", 0,
                List.of("https://example.org/x"), Set.of(new IndicatorValue(indicator, new BigDecimal("7.00")))));
    }

    private static ProgressDetails details(ActivityStatus status, int people) {
        return new ProgressDetails(status, null, people, List.of(), Set.of());
    }

    private void saved(long version) {
        ReflectionTestUtils.setField(progress, "version", version);
    }

    private List<Object> events() {
        List<Object> registered = List.copyOf((Collection<?>) ReflectionTestUtils.invokeMethod(progress, "domainEvents"));
        ReflectionTestUtils.invokeMethod(progress, "clearDomainEvents");
        return registered;
    }

    @Test
    void aStoredEntryIsRestoredAsItWasWithItsVersion() {
        var id = UUID.randomUUID();
        var indicator = UUID.randomUUID();
        var details = new ProgressDetails(ActivityStatus.IN_PROGRESS, "Going", 4, List.of("https://example.org/a"),
                Set.of(new IndicatorValue(indicator, new BigDecimal("3"))));
        var restored = ActivityProgress.restore(id, reportId, activityId, 2030, new Party("ABC"), 3, details, 7);
        assertThat(restored.getId()).isEqualTo(id);
        assertThat(restored.getReportId()).isEqualTo(reportId);
        assertThat(restored.getActivityId()).isEqualTo(activityId);
        assertThat(restored.getCycleYear()).isEqualTo(2030);
        assertThat(restored.getOwner()).isEqualTo(new Party("ABC"));
        assertThat(restored.getQuarter()).isEqualTo(3);
        assertThat(restored.getVersion()).isEqualTo(7);
        assertThat(restored.details()).isEqualTo(details);
    }

    @Test
    void savingHandsOverTheRegisteredEventsOnceAndTakesTheSavedVersion() {
        progress.report(new ProgressDetails(ActivityStatus.COMPLETED, null, null, List.of(), Set.of()), Set.of(), NOW);
        var events = progress.saved(1);
        assertThat(progress.getVersion()).isEqualTo(1);
        assertThat(events).hasSize(2).hasAtLeastOneElementOfType(ActivityProgressReported.class)
                .hasAtLeastOneElementOfType(ActivityCompleted.class);
        assertThat(progress.saved(1)).isEmpty();
    }
}
