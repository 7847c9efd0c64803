package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coordina.internationalcooperation.events.ObligationDueSoon;
import org.coordina.internationalcooperation.events.ObligationFulfilled;
import org.coordina.internationalcooperation.events.ObligationOverdue;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;

class ReportingObligationTests {

    private static final Instant NOW = Instant.parse("2030-01-10T10:00:00Z");

    private static final LocalDate DUE = LocalDate.of(2030, 3, 31);

    static ObligationDetails details(Recurrence recurrence) {
        return new ObligationDetails(ReportingBody.GRETA, "Въпросник", "Questionnaire", "Convention, Art. 38",
                recurrence, "Secretariat");
    }

    @Test
    void aNewObligationHasItsFirstDeadlineOpenAndAnnouncesNothing() {
        var obligation = ReportingObligation.create(details(Recurrence.YEARLY), DUE);

        assertThat(obligation.getOccurrences()).singleElement().satisfies(first -> {
            assertThat(first.dueOn()).isEqualTo(DUE);
            assertThat(first.status()).isEqualTo(OccurrenceStatus.OPEN);
        });
        assertThat(obligation.nextDue()).map(Occurrence::dueOn).contains(DUE);
        assertThat(obligation.getFirstDueOn()).isEqualTo(DUE);
        assertThat(Events.of(obligation)).isEmpty();
    }

    @Test
    void aSubmissionFulfilsTheDeadlineAndOpensTheNextFromTheRecurrence() {
        var obligation = ReportingObligation.create(details(Recurrence.YEARLY), DUE);
        var first = obligation.getOccurrences().get(0).id();

        obligation.submit(first, DUE.minusDays(2), "REF-1", NOW);

        assertThat(obligation.getOccurrences()).extracting(Occurrence::dueOn, Occurrence::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DUE, OccurrenceStatus.SUBMITTED),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 31), OccurrenceStatus.OPEN));
        assertThat(obligation.getOccurrences().get(0).reference()).isEqualTo("REF-1");
        assertThat(obligation.getOccurrences().get(0).submittedOn()).isEqualTo(DUE.minusDays(2));
        assertThat(obligation.nextDue()).map(Occurrence::dueOn).contains(LocalDate.of(2031, 3, 31));
        assertThat(Events.of(obligation)).singleElement().isInstanceOfSatisfying(ObligationFulfilled.class, event -> {
            assertThat(event.occurrenceId()).isEqualTo(first);
            assertThat(event.late()).isFalse();
            assertThat(event.reference()).isEqualTo("REF-1");
            assertThat(event.dueOn()).isEqualTo(DUE);
            assertThat(event.version()).isEqualTo(1);
        });
        assertThatThrownBy(() -> obligation.submit(first, DUE, "again", NOW)).isInstanceOfSatisfying(
                DomainProblem.class, problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        assertThatThrownBy(() -> obligation.submit(UUID.randomUUID(), DUE, "x", NOW)).isInstanceOfSatisfying(
                DomainProblem.class, problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
    }

    @Test
    void aOneOffObligationHasNothingNextOnceSubmitted() {
        var obligation = ReportingObligation.create(details(Recurrence.ONE_OFF), DUE);

        obligation.submit(obligation.getOccurrences().get(0).id(), DUE, "REF", NOW);

        assertThat(obligation.getOccurrences()).hasSize(1);
        assertThat(obligation.nextDue()).isEmpty();
    }

    @Test
    void aDeadlineIsAnnouncedAsDueSoonOnceWithinTheConfiguredDays() {
        var obligation = ReportingObligation.create(details(Recurrence.YEARLY), DUE);

        assertThat(obligation.announceDueSoon(DUE.minusDays(31), 30, NOW)).isFalse();
        assertThat(obligation.announceDueSoon(DUE.minusDays(30), 30, NOW)).isTrue();
        assertThat(obligation.announceDueSoon(DUE, 30, NOW)).isFalse();

        assertThat(Events.of(obligation)).singleElement().isInstanceOfSatisfying(ObligationDueSoon.class, event -> {
            assertThat(event.dueOn()).isEqualTo(DUE);
            assertThat(event.body()).isEqualTo(ReportingBody.GRETA);
            assertThat(event.titleEn()).isEqualTo("Questionnaire");
        });
        assertThat(obligation.getOccurrences().get(0).dueSoonAnnouncedAt()).isEqualTo(NOW);
        assertThat(ReportingObligation.create(details(Recurrence.YEARLY), DUE).announceDueSoon(DUE, 30, NOW)).isTrue();
        assertThat(ReportingObligation.create(details(Recurrence.YEARLY), DUE).announceDueSoon(DUE.plusDays(1), 30, NOW))
                .isFalse();
    }

    @Test
    void aMissedDeadlineTurnsLateOnceTheDayAfterAndTheNextOneOpens() {
        var obligation = ReportingObligation.create(details(Recurrence.everyMonths(6)), DUE);

        assertThat(obligation.markOverdue(DUE, NOW)).isFalse();
        assertThat(obligation.markOverdue(DUE.plusDays(1), NOW)).isTrue();
        assertThat(obligation.markOverdue(DUE.plusDays(2), NOW)).isFalse();

        assertThat(obligation.getOccurrences()).extracting(Occurrence::status)
                .containsExactly(OccurrenceStatus.LATE, OccurrenceStatus.OPEN);
        assertThat(obligation.getOccurrences().get(1).dueOn()).isEqualTo(LocalDate.of(2030, 9, 30));
        assertThat(obligation.getOccurrences().get(0).overdueAnnouncedAt()).isEqualTo(NOW);
        assertThat(obligation.nextDue()).map(Occurrence::status).contains(OccurrenceStatus.LATE);
        assertThat(Events.of(obligation)).singleElement().isInstanceOfSatisfying(ObligationOverdue.class,
                event -> assertThat(event.dueOn()).isEqualTo(DUE));
    }

    @Test
    void aLateReportCanStillBeSubmittedAndIsMarkedLateWithoutOpeningAThirdDeadline() {
        var obligation = ReportingObligation.create(details(Recurrence.YEARLY), DUE);
        obligation.markOverdue(DUE.plusDays(1), NOW);
        Events.clear(obligation);

        obligation.submit(obligation.getOccurrences().get(0).id(), DUE.plusDays(5), "LATE-REF", NOW);

        assertThat(obligation.getOccurrences()).extracting(Occurrence::status)
                .containsExactly(OccurrenceStatus.SUBMITTED, OccurrenceStatus.OPEN);
        assertThat(Events.of(obligation)).singleElement().isInstanceOfSatisfying(ObligationFulfilled.class,
                event -> assertThat(event.late()).isTrue());
    }

    @Test
    void anyOutstandingDeadlineCanBeSubmittedAndTheSnapshotShowsEachDeadline() {
        var obligation = ReportingObligation.create(details(Recurrence.YEARLY), DUE);
        obligation.markOverdue(DUE.plusDays(1), NOW);
        obligation.announceDueSoon(LocalDate.of(2031, 3, 1), 30, NOW);
        var second = obligation.getOccurrences().get(1).id();

        obligation.submit(second, LocalDate.of(2031, 3, 20), "REF-2", NOW);

        assertThat(obligation.getOccurrences()).extracting(Occurrence::status).containsExactly(OccurrenceStatus.LATE,
                OccurrenceStatus.SUBMITTED, OccurrenceStatus.OPEN);
        assertThat(obligation.snapshot()).containsEntry("occurrences", java.util.List.of("2030-03-31 LATE",
                "2031-03-31 SUBMITTED REF-2 (due soon announced)", "2032-03-31 OPEN"))
                .containsEntry("body", ReportingBody.GRETA).containsEntry("titleEn", "Questionnaire")
                .containsEntry("titleBg", "Въпросник").containsEntry("recurrence", RecurrenceKind.YEARLY)
                .containsEntry("recurrenceMonths", null).containsEntry("legalBasis", "Convention, Art. 38")
                .containsEntry("responsibleUnit", "Secretariat");
        assertThat(obligation.getBody()).isEqualTo(ReportingBody.GRETA);
        assertThat(obligation.getTitleBg()).isEqualTo("Въпросник");
        assertThat(obligation.getTitleEn()).isEqualTo("Questionnaire");
    }

    @Test
    void theAnnouncementsCarryTheVersionTheyAreSavedAs() {
        var obligation = ReportingObligation.create(details(Recurrence.YEARLY), DUE);
        org.springframework.test.util.ReflectionTestUtils.setField(obligation, "version", 4L);

        obligation.announceDueSoon(DUE, 30, NOW);
        obligation.markOverdue(DUE.plusDays(1), NOW);

        assertThat(Events.of(obligation)).extracting("version").containsExactly(5L, 5L);
    }

    @Test
    void aChangeThatChangesNothingIsNone() {
        var obligation = ReportingObligation.create(details(Recurrence.YEARLY), DUE);
        assertThat(obligation.change(details(Recurrence.YEARLY))).isFalse();
        assertThat(obligation.change(details(Recurrence.EVERY_TWO_YEARS))).isTrue();
        assertThat(obligation.getRecurrence()).isEqualTo(Recurrence.EVERY_TWO_YEARS);
        assertThat(obligation.getLegalBasis()).isEqualTo("Convention, Art. 38");
        assertThat(obligation.getResponsibleUnit()).isEqualTo("Secretariat");
    }
}
