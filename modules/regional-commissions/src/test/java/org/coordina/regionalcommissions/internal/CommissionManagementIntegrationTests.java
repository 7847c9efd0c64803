package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.regionalcommissions.events.SecretaryAssigned;
import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.coordina.testsupport.EventPublications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Commission changes through {@link CommissionManagement}: what is stored and which events are published and recorded. */
@ApplicationModuleTest
@Import(EventRecorder.class)
class CommissionManagementIntegrationTests {

    @Autowired
    CommissionManagement management;

    @Autowired
    CommissionRepository repository;

    @Autowired
    TrendReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository publications;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void establishingPublishesCommissionEstablishedWithTheStoredVersion(Scenario scenario) {
        var code = TestData.freshCode();
        scenario.stimulate(() -> management.establish(code, TestData.details("Testgrad"), null))
                .andWaitForEventOfType(CommissionEstablished.class)
                .matching(event -> event.code().equals(code))
                .toArriveAndVerify((event, commission) -> {
                    assertThat(event.commissionId()).isEqualTo(commission.getId());
                    assertThat(event.version()).isEqualTo(1).isEqualTo(stored(code).getVersion());
                    assertThat(event.nameBg()).isEqualTo("МКБТХ Testgrad");
                    assertThat(event.nameEn()).isEqualTo("LCCTHB Testgrad");
                    assertThat(event.city()).isEqualTo("Testgrad");
                    assertThat(event.region()).isEqualTo("Testgrad Province");
                    assertThat(event.establishedOn()).isEqualTo(LocalDate.of(2010, 3, 1));
                    assertThat(event.status()).isEqualTo(CommissionStatus.ACTIVE);
                    assertThat(event.eventId()).isNotNull();
                    assertThat(event.occurredAt()).isNotNull();
                });
    }

    @Test
    void establishingWithASecretaryPublishesSecretaryAssignedAsTheSecondVersion(Scenario scenario) {
        var code = TestData.freshCode();
        scenario.stimulate(() -> management.establish(code, TestData.details("Testgrad"), TestData.secretary("Secretary of Testgrad")))
                .andWaitForEventOfType(SecretaryAssigned.class)
                .matching(event -> event.code().equals(code))
                .toArriveAndVerify(event -> {
                    assertThat(event.version()).isEqualTo(2).isEqualTo(stored(code).getVersion());
                    assertThat(event.secretaryName()).isEqualTo("Secretary of Testgrad");
                });
    }

    @Test
    void everyKindOfChangeIsRecordedInThePublicationRegistryAndArchivedOnceHandled(PublishedEvents events) {
        var code = TestData.freshCode();
        var established = management.establish(code, TestData.details("Testgrad"), TestData.secretary("Secretary A"));
        var changed = management.changeDetails(code, established.getVersion(), TestData.details("Newgrad"));
        management.changeStatus(code, changed.getVersion(), CommissionStatus.SUSPENDED);
        var draft = reports.draft(code, TestData.h2of2020(), TestData.content("Trends"));
        reports.publish(code, draft.getId(), draft.getVersion());

        var registry = new EventPublications(publications);
        assertRecorded(registry, CommissionEstablished.class, "test-commission-established",
                events.ofType(CommissionEstablished.class).matching(event -> event.code().equals(code)), CommissionEstablished::eventId);
        assertRecorded(registry, SecretaryAssigned.class, "test-secretary-assigned",
                events.ofType(SecretaryAssigned.class).matching(event -> event.code().equals(code)), SecretaryAssigned::eventId);
        assertRecorded(registry, CommissionDetailsChanged.class, "test-commission-details-changed",
                events.ofType(CommissionDetailsChanged.class).matching(event -> event.code().equals(code)),
                CommissionDetailsChanged::eventId);
        assertRecorded(registry, CommissionStatusChanged.class, "test-commission-status-changed",
                events.ofType(CommissionStatusChanged.class).matching(event -> event.code().equals(code)),
                CommissionStatusChanged::eventId);
        assertRecorded(registry, TrendReportPublished.class, "test-trend-report-published",
                events.ofType(TrendReportPublished.class).matching(event -> event.commissionCode().equals(code)),
                TrendReportPublished::eventId);
    }

    private static <E> void assertRecorded(EventPublications registry, Class<E> type, String listenerId,
            Iterable<E> published, Function<E, UUID> eventId) {
        assertThat(published).singleElement().satisfies(event -> {
            Predicate<E> same = candidate -> eventId.apply(candidate).equals(eventId.apply(event));
            assertThat(registry.awaitCompleted(type, listenerId, same)).isEqualTo(1);
            assertThat(registry.incomplete(type, listenerId, same)).isEmpty();
        });
    }

    @Test
    void establishingATakenCodeIsRefusedAndPublishesNothing(PublishedEvents events) {
        var code = TestData.freshCode();
        management.establish(code, TestData.details("Testgrad"), null);

        assertThatThrownBy(() -> management.establish(code, TestData.details("Othergrad"), null))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("regionalcommissions.commission.codeTaken");
                });
        assertThat(events.ofType(CommissionEstablished.class).matching(event -> event.code().equals(code))).hasSize(1);
        assertThat(stored(code).getCity()).isEqualTo("Testgrad");
    }

    @Test
    void changingDetailsPublishesTheNewPublicValues(Scenario scenario) {
        var code = TestData.freshCode();
        var commission = management.establish(code, TestData.details("Testgrad"), null);
        scenario.stimulate(() -> management.changeDetails(code, commission.getVersion(), TestData.details("Newgrad")))
                .andWaitForEventOfType(CommissionDetailsChanged.class)
                .matching(event -> event.code().equals(code))
                .toArriveAndVerify(event -> {
                    assertThat(event.version()).isEqualTo(2).isEqualTo(stored(code).getVersion());
                    assertThat(event.nameEn()).isEqualTo("LCCTHB Newgrad");
                    assertThat(event.city()).isEqualTo("Newgrad");
                    assertThat(event.region()).isEqualTo("Newgrad Province");
                });
        assertThat(stored(code).details()).isEqualTo(TestData.details("Newgrad"));
    }

    @Test
    void unchangedDetailsNeitherSaveNorPublish(PublishedEvents events) {
        var code = TestData.freshCode();
        var commission = management.establish(code, TestData.details("Testgrad"), null);

        management.changeDetails(code, commission.getVersion(), TestData.details("Testgrad"));

        assertThat(stored(code).getVersion()).isEqualTo(1);
        assertThat(events.ofType(CommissionDetailsChanged.class).matching(event -> event.code().equals(code))).isEmpty();
    }

    @Test
    void changingStatusPublishesThePreviousAndTheNewStatus(Scenario scenario) {
        var code = TestData.freshCode();
        var commission = management.establish(code, TestData.details("Testgrad"), null);
        scenario.stimulate(() -> management.changeStatus(code, commission.getVersion(), CommissionStatus.SUSPENDED))
                .andWaitForEventOfType(CommissionStatusChanged.class)
                .matching(event -> event.code().equals(code))
                .toArriveAndVerify(event -> {
                    assertThat(event.previousStatus()).isEqualTo(CommissionStatus.ACTIVE);
                    assertThat(event.status()).isEqualTo(CommissionStatus.SUSPENDED);
                    assertThat(event.version()).isEqualTo(2).isEqualTo(stored(code).getVersion());
                });
    }

    @Test
    void aDissolvedCommissionKeepsItsStatusAndData() {
        var code = TestData.freshCode();
        var commission = management.establish(code, TestData.details("Testgrad"), null);
        var dissolved = management.changeStatus(code, commission.getVersion(), CommissionStatus.DISSOLVED);

        assertThatThrownBy(() -> management.changeStatus(code, dissolved.getVersion(), CommissionStatus.ACTIVE))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> management.changeDetails(code, dissolved.getVersion(), TestData.details("Newgrad")))
                .isInstanceOf(DomainProblem.class);
        assertThat(stored(code).getStatus()).isEqualTo(CommissionStatus.DISSOLVED);
        assertThat(stored(code).getCity()).isEqualTo("Testgrad");
    }

    @Test
    void assigningASecretaryPublishesTheNameButNoContacts(Scenario scenario) {
        var code = TestData.freshCode();
        var commission = management.establish(code, TestData.details("Testgrad"), null);
        scenario.stimulate(() -> management.assignSecretary(code, commission.getVersion(), TestData.secretary("Secretary B")))
                .andWaitForEventOfType(SecretaryAssigned.class)
                .matching(event -> event.code().equals(code))
                .toArriveAndVerify(event -> {
                    assertThat(event.secretaryName()).isEqualTo("Secretary B");
                    assertThat(event.version()).isEqualTo(2);
                    assertThat(event.toString()).doesNotContain("@").doesNotContain("+359");
                });
        assertThat(stored(code).getSecretary()).isEqualTo(TestData.secretary("Secretary B"));
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        var code = TestData.freshCode();
        management.establish(code, TestData.details("Testgrad"), null);

        assertThatThrownBy(() -> management.changeDetails(code, 0, TestData.details("Newgrad")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(stored(code).getCity()).isEqualTo("Testgrad");
        assertThat(stored(code).getVersion()).isEqualTo(1);
    }

    @Test
    void concurrentSavesOfTheSameVersionDoNotOverwriteEachOther() {
        var code = TestData.freshCode();
        management.establish(code, TestData.details("Testgrad"), null);
        var first = stored(code);
        var second = stored(code);
        first.changeDetails(TestData.details("Firstgrad"), java.time.Instant.now());
        second.changeDetails(TestData.details("Secondgrad"), java.time.Instant.now());
        repository.save(first);

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(stored(code).getCity()).isEqualTo("Firstgrad");
    }

    @Test
    void auditColumnsNameWhoCreatedAndLastChangedTheCommission() {
        var code = TestData.freshCode();
        var commission = management.establish(code, TestData.details("Testgrad"), null);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("national.admin", "n/a", "ROLE_NATIONAL_ADMIN"));
        management.changeStatus(code, commission.getVersion(), CommissionStatus.SUSPENDED);

        var audit = jdbc.sql("SELECT created_by, last_modified_by, created_at IS NOT NULL AND last_modified_at >= created_at"
                + " FROM regionalcommissions.commission WHERE code = ?")
                .param(code.value())
                .query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
                .single();
        assertThat(audit).containsExactly("system", "national.admin", "t");
    }

    private Commission stored(CommissionCode code) {
        return repository.findByCode(code.value()).orElseThrow();
    }
}
