package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.regionalcommissions.internal.ServiceFixture.code;

import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.regionalcommissions.events.SecretaryAssigned;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** {@link CommissionManagement} on in-memory repositories: what is saved and which events are published. */
class CommissionManagementTests {

    final ServiceFixture fixture = new ServiceFixture();

    final CommissionManagement management = fixture.commissions;

    @Test
    void establishingSavesTheCommissionAsVersionOneAndPublishesItsEstablishment() {
        var commission = management.establish(code("VAR"), TestData.details("Varna"), null);

        assertThat(commission.getVersion()).isEqualTo(1);
        assertThat(fixture.commissionRepository.findByCode("VAR")).containsSame(commission);
        assertThat(fixture.published).singleElement().isInstanceOfSatisfying(CommissionEstablished.class, event -> {
            assertThat(event.commissionId()).isEqualTo(commission.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.occurredAt()).isEqualTo(ServiceFixture.NOW);
        });
    }

    @Test
    void establishingWithASecretaryAssignsThemInASecondVersion() {
        var commission = management.establish(code("VAR"), TestData.details("Varna"), TestData.secretary("Secretary A"));

        assertThat(commission.getVersion()).isEqualTo(2);
        assertThat(commission.getSecretary()).isEqualTo(TestData.secretary("Secretary A"));
        assertThat(fixture.published).hasSize(2).element(1).isInstanceOfSatisfying(SecretaryAssigned.class,
                event -> assertThat(event.version()).isEqualTo(2));
    }

    @Test
    void aCodeIsEstablishedOnlyOnce() {
        fixture.established("VAR");

        assertThatThrownBy(() -> management.establish(code("VAR"), TestData.details("Varna"), null))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("regionalcommissions.commission.codeTaken");
                });
        assertThat(fixture.commissionRepository.count()).isEqualTo(1);
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void findsCommissionsByCode() {
        var varna = fixture.established("VAR");
        fixture.established("BGS");

        assertThat(management.find(code("VAR"))).isSameAs(varna);
        assertThat(management.exists(code("BGS"))).isTrue();
        assertThat(management.exists(code("RSE"))).isFalse();
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThatThrownBy(() -> management.find(code("RSE"))).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND);
            assertThat(problem.messageCode()).isEqualTo("regionalcommissions.commission.notFound");
            assertThat(problem.arguments()).containsExactly(code("RSE"));
        });
    }

    @Test
    void changingDetailsSavesAndPublishesTheNextVersion() {
        fixture.established("VAR");

        var changed = management.changeDetails(code("VAR"), 1, TestData.details("Dobrich"));

        assertThat(changed.getCity()).isEqualTo("Dobrich");
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(fixture.published).singleElement().isInstanceOfSatisfying(CommissionDetailsChanged.class,
                event -> assertThat(event.version()).isEqualTo(2));
    }

    @Test
    void unchangedDetailsAreNeitherSavedNorPublished() {
        fixture.established("VAR");
        var saves = fixture.commissionRepository.saves();

        var unchanged = management.changeDetails(code("VAR"), 1, TestData.details("City of VAR"));

        assertThat(unchanged.getVersion()).isEqualTo(1);
        assertThat(fixture.commissionRepository.saves()).isEqualTo(saves);
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        fixture.established("VAR");
        management.changeStatus(code("VAR"), 1, CommissionStatus.SUSPENDED);
        fixture.published.clear();

        assertThatThrownBy(() -> management.changeDetails(code("VAR"), 1, TestData.details("Dobrich")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> management.changeStatus(code("VAR"), 1, CommissionStatus.ACTIVE))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> management.assignSecretary(code("VAR"), 3, TestData.secretary("Secretary B")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(management.find(code("VAR")).getStatus()).isEqualTo(CommissionStatus.SUSPENDED);
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void changingTheStatusPublishesTheTransition() {
        fixture.established("VAR");

        var dissolved = management.changeStatus(code("VAR"), 1, CommissionStatus.DISSOLVED);

        assertThat(dissolved.getStatus()).isEqualTo(CommissionStatus.DISSOLVED);
        assertThat(dissolved.getVersion()).isEqualTo(2);
        assertThat(fixture.published).singleElement().isInstanceOfSatisfying(CommissionStatusChanged.class, event -> {
            assertThat(event.previousStatus()).isEqualTo(CommissionStatus.ACTIVE);
            assertThat(event.status()).isEqualTo(CommissionStatus.DISSOLVED);
        });
    }

    @Test
    void assigningASecretaryPublishesTheName() {
        fixture.established("VAR");

        var commission = management.assignSecretary(code("VAR"), 1, TestData.secretary("Secretary B"));

        assertThat(commission.getSecretary().name()).isEqualTo("Secretary B");
        assertThat(commission.getVersion()).isEqualTo(2);
        assertThat(fixture.published).singleElement().isInstanceOfSatisfying(SecretaryAssigned.class,
                event -> assertThat(event.secretaryName()).isEqualTo("Secretary B"));
    }
}
