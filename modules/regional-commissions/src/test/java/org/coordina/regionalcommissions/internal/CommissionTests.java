package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.domain.CommissionCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.regionalcommissions.events.CommissionStatus.ACTIVE;
import static org.coordina.regionalcommissions.events.CommissionStatus.DISSOLVED;
import static org.coordina.regionalcommissions.events.CommissionStatus.SUSPENDED;

import java.time.Instant;
import java.time.LocalDate;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.regionalcommissions.events.SecretaryAssigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommissionTests {

    static final Instant NOW = Instant.parse("2021-01-15T10:00:00Z");

    @Test
    void aNewCommissionIsActiveAndRegistersItsEstablishmentAsVersionOne() {
        var commission = Commission.establish(new CommissionCode("VAR"), TestData.details("Varna"), NOW);

        assertThat(commission.getStatus()).isEqualTo(ACTIVE);
        assertThat(TestData.releaseEvents(commission)).singleElement().isInstanceOfSatisfying(CommissionEstablished.class, event -> {
            assertThat(event.commissionId()).isEqualTo(commission.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.code()).isEqualTo(new CommissionCode("VAR"));
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
        assertThat(TestData.releaseEvents(commission)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "VA", "VARN", "var", "V4R", "ВАР" })
    void aCodeIsThreeCapitalLatinLetters(String code) {
        assertThatThrownBy(() -> Commission.establish(new CommissionCode(code), TestData.details("Varna"), NOW))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo(CommissionCode.INVALID));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "ACTIVE, SUSPENDED", "SUSPENDED, ACTIVE", "ACTIVE, DISSOLVED", "SUSPENDED, DISSOLVED" })
    void movesBetweenStatusesAndRegistersTheTransition(CommissionStatus from, CommissionStatus to) {
        var commission = commissionIn(from);

        commission.changeStatus(to, NOW);

        assertThat(commission.getStatus()).isEqualTo(to);
        assertThat(TestData.releaseEvents(commission)).singleElement().isInstanceOfSatisfying(CommissionStatusChanged.class,
                event -> {
                    assertThat(event.previousStatus()).isEqualTo(from);
                    assertThat(event.status()).isEqualTo(to);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "ACTIVE", "SUSPENDED" })
    void dissolvingIsFinal(CommissionStatus to) {
        var commission = commissionIn(DISSOLVED);

        assertThatThrownBy(() -> commission.changeStatus(to, NOW)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        assertThat(commission.getStatus()).isEqualTo(DISSOLVED);
        assertThat(TestData.releaseEvents(commission)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ACTIVE", "SUSPENDED", "DISSOLVED" })
    void theCurrentStatusAgainChangesNothing(CommissionStatus status) {
        var commission = commissionIn(status);

        commission.changeStatus(status, NOW);

        assertThat(TestData.releaseEvents(commission)).isEmpty();
    }

    @Test
    void changedDetailsRegisterTheNewPublicValues() {
        var commission = commissionIn(ACTIVE);

        commission.changeDetails(TestData.details("Dobrich"), NOW);

        assertThat(commission.details()).isEqualTo(TestData.details("Dobrich"));
        assertThat(TestData.releaseEvents(commission)).singleElement().isInstanceOfSatisfying(CommissionDetailsChanged.class,
                event -> assertThat(event.nameEn()).isEqualTo("LCCTHB Dobrich"));
    }

    @Test
    void aDissolvedCommissionsDataAndSecretaryCannotChange() {
        var commission = commissionIn(DISSOLVED);

        assertThatThrownBy(() -> commission.changeDetails(TestData.details("Dobrich"), NOW)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> commission.assignSecretary(TestData.secretary("New"), NOW)).isInstanceOf(DomainProblem.class);
        assertThat(commission.getCity()).isEqualTo("Varna");
        assertThat(commission.getSecretary()).isNull();
    }

    @Test
    void assigningASecretaryRegistersTheNameOnlyOnce() {
        var commission = commissionIn(SUSPENDED);

        commission.assignSecretary(TestData.secretary("Secretary A"), NOW);
        commission.assignSecretary(TestData.secretary("Secretary A"), NOW);

        assertThat(TestData.releaseEvents(commission)).singleElement().isInstanceOfSatisfying(SecretaryAssigned.class,
                event -> assertThat(event.secretaryName()).isEqualTo("Secretary A"));
    }

    @Test
    void aCommissionIsNotEstablishedBeforeItsFoundingAct() {
        var act = new FoundingAct("Mayor of Varna", "1", LocalDate.of(2010, 3, 1));

        assertThatThrownBy(() -> new CommissionDetails("МКБТХ Варна", "LCCTHB Varna", "Varna", "Varna Province",
                LocalDate.of(2010, 2, 28), act, new Chair("Deputy Mayor", "Municipality of Varna")))
                .isInstanceOf(DomainProblem.class);
    }

    private static Commission commissionIn(CommissionStatus status) {
        var commission = Commission.establish(new CommissionCode("VAR"), TestData.details("Varna"), NOW);
        if (status != ACTIVE) {
            commission.changeStatus(status, NOW);
        }
        TestData.releaseEvents(commission);
        return commission;
    }
}
