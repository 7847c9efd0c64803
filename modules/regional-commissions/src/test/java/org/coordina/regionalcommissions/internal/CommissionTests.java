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

    @Test
    void recordsItsCodeAndCoreData() {
        var details = TestData.details("Varna");

        var commission = Commission.establish(new CommissionCode("VAR"), details, NOW);

        assertThat(commission.getId()).isNotNull().isNotEqualTo(Commission.establish(new CommissionCode("VAR"), details, NOW).getId());
        assertThat(commission.getCode()).isEqualTo(new CommissionCode("VAR"));
        assertThat(commission.getNameBg()).isEqualTo("МКБТХ Varna");
        assertThat(commission.getNameEn()).isEqualTo("LCCTHB Varna");
        assertThat(commission.getCity()).isEqualTo("Varna");
        assertThat(commission.getRegion()).isEqualTo("Varna Province");
        assertThat(commission.getEstablishedOn()).isEqualTo(details.establishedOn());
        assertThat(commission.getFoundingAct()).isEqualTo(details.foundingAct());
        assertThat(commission.getChair()).isEqualTo(details.chair());
        assertThat(commission.getSecretary()).isNull();
        assertThat(commission.getVersion()).isZero();
        assertThat(commission.details()).isEqualTo(details);
    }

    @Test
    void needsACodeAndCoreData() {
        assertThatThrownBy(() -> Commission.establish(new CommissionCode("VAR"), null, NOW))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Commission.establish(null, TestData.details("Varna"), NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void unchangedDetailsRegisterNothing() {
        var commission = commissionIn(ACTIVE);

        commission.changeDetails(TestData.details("Varna"), NOW);

        assertThat(TestData.releaseEvents(commission)).isEmpty();
    }

    @Test
    void changedDetailsReplaceEveryField() {
        var commission = commissionIn(SUSPENDED);
        var established = LocalDate.of(2012, 5, 2);
        var details = new CommissionDetails("МКБТХ Добрич", "LCCTHB Dobrich", "Dobrich", "Dobrich Province", established,
                new FoundingAct("Mayor of Dobrich", "D-7", established), new Chair("Mayor", "Municipality of Dobrich"));

        commission.changeDetails(details, NOW);

        assertThat(commission.details()).isEqualTo(details);
        assertThat(commission.getEstablishedOn()).isEqualTo(established);
        assertThat(commission.getFoundingAct().number()).isEqualTo("D-7");
        assertThat(commission.getChair().title()).isEqualTo("Mayor");
        assertThat(TestData.releaseEvents(commission)).singleElement().isInstanceOfSatisfying(CommissionDetailsChanged.class,
                event -> {
                    assertThat(event.commissionId()).isEqualTo(commission.getId());
                    assertThat(event.version()).isEqualTo(1);
                    assertThat(event.code()).isEqualTo(new CommissionCode("VAR"));
                    assertThat(event.nameBg()).isEqualTo("МКБТХ Добрич");
                    assertThat(event.city()).isEqualTo("Dobrich");
                    assertThat(event.region()).isEqualTo("Dobrich Province");
                });
    }

    @Test
    void aNewSecretaryOrNewContactsReplaceTheSecretary() {
        var commission = commissionIn(ACTIVE);
        commission.assignSecretary(TestData.secretary("Secretary A"), NOW);
        var newContacts = new Secretary("Secretary A", "a@lccthb.example.org", null);

        commission.assignSecretary(newContacts, NOW);

        assertThat(commission.getSecretary()).isEqualTo(newContacts);
        assertThat(TestData.releaseEvents(commission)).hasSize(2);
        assertThatThrownBy(() -> commission.assignSecretary(null, NOW)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStatusIsRequired() {
        assertThatThrownBy(() -> commissionIn(ACTIVE).changeStatus(null, NOW)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void onlyADissolvedCommissionRefusesChangesToItsRecord() {
        commissionIn(ACTIVE).requireNotDissolved();
        commissionIn(SUSPENDED).requireNotDissolved();

        assertThatThrownBy(() -> commissionIn(DISSOLVED).requireNotDissolved()).isInstanceOfSatisfying(
                DomainProblem.class, problem -> {
                    assertThat(problem.messageCode()).isEqualTo("regionalcommissions.commission.dissolved");
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                });
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
