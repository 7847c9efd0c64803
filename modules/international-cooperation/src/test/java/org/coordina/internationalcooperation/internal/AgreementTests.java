package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.coordina.internationalcooperation.events.AgreementExpired;
import org.coordina.internationalcooperation.events.AgreementExpiring;
import org.coordina.internationalcooperation.events.AgreementKind;
import org.coordina.internationalcooperation.events.AgreementSigned;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class AgreementTests {

    private static final Instant NOW = Instant.parse("2030-01-10T10:00:00Z");

    private static final UUID PARTNER = UUID.randomUUID();

    private static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);

    static AgreementDetails details(LocalDate validTo) {
        return new AgreementDetails(Set.of(PARTNER), AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "Меморандум",
                "Memorandum", LocalDate.of(2030, 1, 1), validTo, "REF-1");
    }

    static Agreement signed(LocalDate validTo) {
        var agreement = Agreement.draft(details(validTo));
        agreement.sign(LocalDate.of(2030, 1, 5), NOW);
        return agreement;
    }

    @Test
    void aDraftSignedIsInForceAndAnnouncedWithItsPartnersAndValidity() {
        var agreement = Agreement.draft(details(LAST_DAY));
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.getPartnerIds()).containsExactly(PARTNER);
        assertThat(Events.of(agreement)).isEmpty();

        agreement.sign(LocalDate.of(2030, 1, 5), NOW);

        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.getSignedOn()).isEqualTo(LocalDate.of(2030, 1, 5));
        assertThat(Events.of(agreement)).singleElement().isInstanceOfSatisfying(AgreementSigned.class, event -> {
            assertThat(event.agreementId()).isEqualTo(agreement.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.partnerIds()).containsExactly(PARTNER);
            assertThat(event.validTo()).isEqualTo(LAST_DAY);
            assertThat(event.kind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
            assertThat(event.aggregateId()).isEqualTo(agreement.getId().toString());
        });
    }

    @Test
    void anAgreementShowsAndKeepsInItsHistoryWhatItSays() {
        var agreement = signed(LAST_DAY);

        assertThat(agreement.getKind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
        assertThat(agreement.getTitleBg()).isEqualTo("Меморандум");
        assertThat(agreement.getTitleEn()).isEqualTo("Memorandum");
        assertThat(agreement.getValidFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(agreement.snapshot()).containsEntry("titleEn", "Memorandum").containsEntry("titleBg", "Меморандум")
                .containsEntry("kind", AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .containsEntry("validFrom", LocalDate.of(2030, 1, 1)).containsEntry("validTo", LAST_DAY)
                .containsEntry("documentReference", "REF-1").containsEntry("signedOn", LocalDate.of(2030, 1, 5))
                .containsEntry("status", AgreementStatus.IN_FORCE).containsEntry("partnerIds", java.util.List.of(PARTNER))
                .containsEntry("expiringAnnouncedAt", null);
    }

    @Test
    void anAgreementCannotBeSignedTwiceNorAfterItsLastDayNorTerminatedUnlessInForce() {
        var draft = Agreement.draft(details(LAST_DAY));
        assertThatThrownBy(draft::terminate).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        assertThatThrownBy(() -> draft.sign(LAST_DAY.plusDays(1), NOW)).isInstanceOf(DomainProblem.class)
                .hasMessage("internationalcooperation.agreement.signedAfterEnd");
        draft.sign(LAST_DAY, NOW);
        assertThatThrownBy(() -> draft.sign(LAST_DAY, NOW)).isInstanceOf(DomainProblem.class)
                .hasMessage("internationalcooperation.agreement.wrongStatus");

        draft.terminate();

        assertThat(draft.getStatus()).isEqualTo(AgreementStatus.TERMINATED);
        assertThatThrownBy(() -> draft.change(details(null))).isInstanceOf(DomainProblem.class);
    }

    @Test
    void anAgreementNeedsAPartnerAndCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new AgreementDetails(Set.of(), AgreementKind.JOINT_DECLARATION, "a", "a",
                LocalDate.of(2030, 1, 1), null, null)).hasMessage("internationalcooperation.agreement.noPartner");
        assertThatThrownBy(() -> details(LocalDate.of(2029, 12, 31)))
                .hasMessage("internationalcooperation.agreement.validity");
        assertThat(details(LocalDate.of(2030, 1, 1)).validTo()).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void aChangeThatChangesNothingIsNone() {
        var agreement = Agreement.draft(details(LAST_DAY));
        assertThat(agreement.change(details(LAST_DAY))).isFalse();
        assertThat(agreement.change(details(LAST_DAY.plusDays(1)))).isTrue();
        assertThat(agreement.getValidTo()).isEqualTo(LAST_DAY.plusDays(1));
        assertThat(agreement.getDocumentReference()).isEqualTo("REF-1");
    }

    @Test
    void itIsAnnouncedAsExpiringOnceFromTheConfiguredNumberOfDaysBeforeItsLastDay() {
        var agreement = signed(LAST_DAY);
        Events.clear(agreement);

        assertThat(agreement.announceExpiring(LAST_DAY.minusDays(91), 90, NOW)).isFalse();
        assertThat(agreement.announceExpiring(LAST_DAY.minusDays(90), 90, NOW)).isTrue();
        assertThat(agreement.announceExpiring(LAST_DAY.minusDays(10), 90, NOW)).isFalse();

        assertThat(Events.of(agreement)).singleElement().isInstanceOfSatisfying(AgreementExpiring.class, event -> {
            assertThat(event.daysLeft()).isEqualTo(90);
            assertThat(event.validTo()).isEqualTo(LAST_DAY);
            assertThat(event.version()).isEqualTo(agreement.getVersion() + 1);
        });
    }

    @Test
    void anAgreementGivenANewEndIsAnnouncedAgainWhenThatEndComesNear() {
        var agreement = signed(LAST_DAY);
        agreement.announceExpiring(LAST_DAY.minusDays(30), 90, NOW);
        assertThat(agreement.change(details(LAST_DAY))).isFalse();
        assertThat(agreement.announceExpiring(LAST_DAY.minusDays(29), 90, NOW)).isFalse();

        assertThat(agreement.change(details(LAST_DAY.plusYears(1)))).isTrue();

        assertThat(agreement.announceExpiring(LAST_DAY.minusDays(29), 90, NOW)).isFalse();
        assertThat(agreement.announceExpiring(LAST_DAY.plusYears(1).minusDays(30), 90, NOW)).isTrue();
    }

    @Test
    void itIsNotAnnouncedAsExpiringOnItsLastDayOnlyWhenPastItOrWithoutEnd() {
        assertThat(signed(LAST_DAY).announceExpiring(LAST_DAY, 90, NOW)).isTrue();
        assertThat(signed(LAST_DAY).announceExpiring(LAST_DAY.plusDays(1), 90, NOW)).isFalse();
        assertThat(signed(null).announceExpiring(LAST_DAY, 90, NOW)).isFalse();
        assertThat(Agreement.draft(details(LAST_DAY)).announceExpiring(LAST_DAY, 90, NOW)).isFalse();
    }

    @Test
    void itExpiresOnceTheDayAfterItsLastDay() {
        var agreement = signed(LAST_DAY);
        ReflectionTestUtils.setField(agreement, "version", 3L);
        Events.clear(agreement);

        assertThat(agreement.expire(LAST_DAY, NOW)).isFalse();
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.expire(LAST_DAY.plusDays(1), NOW)).isTrue();
        assertThat(agreement.expire(LAST_DAY.plusDays(2), NOW)).isFalse();

        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(Events.of(agreement)).singleElement().isInstanceOfSatisfying(AgreementExpired.class, event -> {
            assertThat(event.version()).isEqualTo(4);
            assertThat(event.validTo()).isEqualTo(LAST_DAY);
            assertThat(event.titleEn()).isEqualTo("Memorandum");
        });
        assertThat(signed(null).expire(LAST_DAY.plusYears(50), NOW)).isFalse();
        assertThat(Agreement.draft(details(LAST_DAY)).expire(LAST_DAY.plusDays(1), NOW)).isFalse();
    }
}
