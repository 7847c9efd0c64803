package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import javax.sql.DataSource;

import org.coordina.internationalcooperation.events.AgreementExpired;
import org.coordina.internationalcooperation.events.AgreementExpiring;
import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.internationalcooperation.events.ObligationDueSoon;
import org.coordina.internationalcooperation.events.ObligationOverdue;
import org.coordina.internationalcooperation.events.PartnerKind;
import org.coordina.internationalcooperation.events.ReportingBody;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.coordina.testsupport.MutableClock;

/**
 * The daily announcements against the embedded PostgreSQL with a clock the test moves: each agreement is announced
 * as expiring and as expired once, each deadline as due soon and as overdue once, however often the job runs, and
 * a round is skipped while another instance holds its lock. Every test uses its own years.
 */
@ApplicationModuleTest
class DailyAnnouncementsIntegrationTests {

    @TestConfiguration
    static class ControllableClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2060-01-10T10:00:00Z"));
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    Partners partners;

    @Autowired
    Agreements agreements;

    @Autowired
    ReportingObligations obligations;

    @Autowired
    DailyAnnouncementsJob job;

    @Autowired
    CooperationHistory history;

    @Autowired
    DataSource dataSource;

    private Agreement signedAgreement(LocalDate validTo) {
        var partner = partners.register(new PartnerDetails("Партньор", "Partner", PartnerKind.OTHER, "DE", null, null));
        var draft = agreements.draft(new AgreementDetails(Set.of(partner.getId()), AgreementKind.BILATERAL_AGREEMENT,
                "Споразумение", "Agreement", validTo.minusYears(1), validTo, null));
        return agreements.sign(draft.getId(), draft.getVersion(), validTo.minusYears(1));
    }

    @Test
    void anAgreementIsAnnouncedAsExpiringNinetyDaysBeforeItsEndAndAsExpiredTheDayAfterEachOnce(PublishedEvents events) {
        var lastDay = LocalDate.of(2061, 6, 30);
        clock.setDay(2061, 1, 1);
        var agreement = signedAgreement(lastDay);
        var id = agreement.getId();

        clock.setDay(2061, 3, 31); // 91 days before
        job.announce();
        assertThat(events.ofType(AgreementExpiring.class).matching(e -> e.agreementId().equals(id))).isEmpty();

        clock.setDay(2061, 4, 1); // 90 days before
        job.announce();
        job.announce();
        clock.setDay(2061, 6, 30);
        job.announce();
        assertThat(events.ofType(AgreementExpiring.class).matching(e -> e.agreementId().equals(id))).singleElement()
                .satisfies(event -> {
                    assertThat(event.daysLeft()).isEqualTo(90);
                    assertThat(event.version()).isEqualTo(3);
                });
        assertThat(events.ofType(AgreementExpired.class).matching(e -> e.agreementId().equals(id))).isEmpty();
        assertThat(agreements.find(id).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);

        clock.setDay(2061, 7, 1);
        job.announce();
        job.announce();
        clock.setDay(2061, 8, 1);
        assertThat(agreements.announce()).isZero();

        assertThat(events.ofType(AgreementExpired.class).matching(e -> e.agreementId().equals(id))).singleElement()
                .satisfies(event -> assertThat(event.validTo()).isEqualTo(lastDay));
        assertThat(agreements.find(id).getStatus()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(history.of(id)).extracting("action")
                .containsExactly("drafted", "signed", "expiring announced", "expired");
    }

    @Test
    void anAgreementFirstSeenAfterItsEndIsAnnouncedAsExpiredOnly(PublishedEvents events) {
        clock.setDay(2062, 1, 1);
        var id = signedAgreement(LocalDate.of(2062, 2, 1)).getId();

        clock.setDay(2062, 3, 1);
        job.announce();

        assertThat(events.ofType(AgreementExpiring.class).matching(e -> e.agreementId().equals(id))).isEmpty();
        assertThat(events.ofType(AgreementExpired.class).matching(e -> e.agreementId().equals(id))).hasSize(1);
    }

    @Test
    void aDeadlineIsAnnouncedAsDueSoonThirtyDaysBeforeAndAsOverdueTheDayAfterEachOnceAndTheNextOpens(
            PublishedEvents events) {
        clock.setDay(2063, 1, 1);
        var obligation = obligations.create(new ObligationDetails(ReportingBody.US_TIP_REPORT, "Принос", "Input", null,
                Recurrence.YEARLY, null), LocalDate.of(2063, 2, 28));
        var id = obligation.getId();
        var first = obligation.getOccurrences().get(0).id();

        clock.setDay(2063, 1, 28); // 31 days before
        job.announce();
        assertThat(events.ofType(ObligationDueSoon.class).matching(e -> e.obligationId().equals(id))).isEmpty();

        clock.setDay(2063, 1, 29); // 30 days before
        job.announce();
        job.announce();
        clock.setDay(2063, 2, 28);
        job.announce();
        assertThat(events.ofType(ObligationDueSoon.class).matching(e -> e.obligationId().equals(id))).singleElement()
                .satisfies(event -> assertThat(event.occurrenceId()).isEqualTo(first));
        assertThat(events.ofType(ObligationOverdue.class).matching(e -> e.obligationId().equals(id))).isEmpty();

        clock.setDay(2063, 3, 1);
        job.announce();
        job.announce();
        assertThat(obligations.announce()).isZero();

        assertThat(events.ofType(ObligationOverdue.class).matching(e -> e.obligationId().equals(id))).singleElement()
                .satisfies(event -> {
                    assertThat(event.occurrenceId()).isEqualTo(first);
                    assertThat(event.dueOn()).isEqualTo(LocalDate.of(2063, 2, 28));
                });
        var stored = obligations.find(id);
        assertThat(stored.getOccurrences()).extracting(Occurrence::status)
                .containsExactly(OccurrenceStatus.LATE, OccurrenceStatus.OPEN);
        assertThat(stored.getOccurrences().get(1).dueOn()).isEqualTo(LocalDate.of(2064, 2, 28));
        assertThat(history.of(id)).extracting("action").containsExactly("created", "due soon announced", "overdue");

        // The next deadline is announced in its own time, once.
        clock.setDay(2064, 1, 30);
        job.announce();
        job.announce();
        assertThat(events.ofType(ObligationDueSoon.class).matching(e -> e.obligationId().equals(id)))
                .extracting(ObligationDueSoon::dueOn)
                .containsExactly(LocalDate.of(2063, 2, 28), LocalDate.of(2064, 2, 28));
    }

    @Test
    void aRoundIsSkippedWhileAnotherInstanceHoldsItsLock(PublishedEvents events) throws Exception {
        clock.setDay(2065, 1, 1);
        var agreement = signedAgreement(LocalDate.of(2065, 2, 1)).getId();
        var obligation = obligations.create(new ObligationDetails(ReportingBody.UNODC, "Въпросник", "Questionnaire",
                null, Recurrence.ONE_OFF, null), LocalDate.of(2065, 1, 15)).getId();

        try (Connection other = dataSource.getConnection()) {
            lock(other, "pg_advisory_lock");
            assertThat(agreements.announce()).isZero();
            assertThat(obligations.announce()).isZero();
            lock(other, "pg_advisory_unlock");
        }
        assertThat(events.ofType(AgreementExpiring.class).matching(e -> e.agreementId().equals(agreement))).isEmpty();

        job.announce();

        assertThat(events.ofType(AgreementExpiring.class).matching(e -> e.agreementId().equals(agreement))).hasSize(1);
        assertThat(events.ofType(ObligationDueSoon.class).matching(e -> e.obligationId().equals(obligation))).hasSize(1);
    }

    private static void lock(Connection connection, String function) throws Exception {
        for (long key : new long[] { JdbcAnnouncementLock.AGREEMENTS, JdbcAnnouncementLock.OBLIGATIONS }) {
            try (var statement = connection.prepareStatement("SELECT " + function + "(?)")) {
                statement.setLong(1, key);
                statement.execute();
            }
        }
    }
}
