package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.events.CooperationActivityRecorded;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;

class CooperationActivityTests {

    private static final Instant NOW = Instant.parse("2030-01-10T10:00:00Z");

    private static final LocalDate DAY = LocalDate.of(2030, 5, 3);

    static ActivityDetails referral(Integer referrals, Set<String> countries) {
        return new ActivityDetails(CooperationActivityKind.TRANSNATIONAL_REFERRAL, "Насочване", "Referral", Set.of(),
                DAY, null, null, Set.of(new CommissionCode("VAR")), null, null, null, null, null, null, referrals,
                countries);
    }

    static ActivityDetails visit(UUID planningActivity, BigDecimal budget, String currency) {
        return new ActivityDetails(CooperationActivityKind.STUDY_VISIT, "Посещение", "Visit", Set.of(), DAY,
                DAY.plusDays(2), "Vienna", Set.of(new CommissionCode("BGS"), new CommissionCode("VAR")), "Fund", budget,
                currency, "Outcomes", planningActivity, 12, null, Set.of());
    }

    @Test
    void aRecordedActivityIsAnnouncedWithWhatAnnualPlanningCounts() {
        var planning = UUID.randomUUID();
        var activity = CooperationActivity.record(visit(planning, new BigDecimal("100"), "EUR"), NOW);

        assertThat(activity.getCommissions()).extracting(CommissionCode::value).containsExactly("BGS", "VAR");
        assertThat(activity.getBudget()).isEqualByComparingTo("100.00");
        assertThat(activity.getBudget().scale()).isEqualTo(2);
        assertThat(Events.of(activity)).singleElement().isInstanceOfSatisfying(CooperationActivityRecorded.class,
                event -> {
                    assertThat(event.activityId()).isEqualTo(activity.getId());
                    assertThat(event.planningActivityId()).isEqualTo(planning);
                    assertThat(event.peopleReached()).isEqualTo(12);
                    assertThat(event.startsOn()).isEqualTo(DAY);
                    assertThat(event.endsOn()).isEqualTo(DAY.plusDays(2));
                    assertThat(event.referrals()).isNull();
                    assertThat(event.commissions()).extracting(CommissionCode::value).containsExactly("BGS", "VAR");
                    assertThat(event.version()).isEqualTo(1);
                });
    }

    @Test
    void anActivityShowsAndKeepsInItsHistoryWhatItIs() {
        var planning = UUID.randomUUID();
        var activity = CooperationActivity.record(visit(planning, new BigDecimal("100"), "EUR"), NOW);

        assertThat(activity.getKind()).isEqualTo(CooperationActivityKind.STUDY_VISIT);
        assertThat(activity.getTitleBg()).isEqualTo("Посещение");
        assertThat(activity.getTitleEn()).isEqualTo("Visit");
        assertThat(activity.getStartsOn()).isEqualTo(DAY);
        assertThat(activity.getCurrency()).isEqualTo("EUR");
        assertThat(activity.getPlanningActivityId()).isEqualTo(planning);
        assertThat(activity.getPeopleReached()).isEqualTo(12);
        assertThat(activity.snapshot()).containsEntry("kind", CooperationActivityKind.STUDY_VISIT)
                .containsEntry("titleEn", "Visit").containsEntry("commissions", java.util.List.of("BGS", "VAR"))
                .containsEntry("budget", new BigDecimal("100.00")).containsEntry("planningActivityId", planning)
                .containsEntry("peopleReached", 12).containsEntry("place", "Vienna").hasSize(16);
    }

    @Test
    void aTransnationalReferralRecordsCountsAndCountriesOnlyAndOnlyItDoes() {
        var activity = CooperationActivity.record(referral(3, Set.of("NL", "DE")), NOW);
        assertThat(activity.getReferrals()).isEqualTo(3);
        assertThat(activity.getCountries()).containsExactly("DE", "NL");
        assertThat(activity.getEndsOn()).isEqualTo(DAY);

        assertThatThrownBy(() -> referral(null, Set.of("DE")))
                .hasMessage("internationalcooperation.activity.referralCounts");
        assertThatThrownBy(() -> referral(2, Set.of())).hasMessage("internationalcooperation.activity.referralCounts");
        assertThatThrownBy(() -> new ActivityDetails(CooperationActivityKind.CONFERENCE, "a", "a", null, DAY, null, null,
                null, null, null, null, null, null, null, 2, null))
                .hasMessage("internationalcooperation.activity.referralOnly");
        assertThatThrownBy(() -> new ActivityDetails(CooperationActivityKind.CONFERENCE, "a", "a", null, DAY, null, null,
                null, null, null, null, null, null, null, null, Set.of("DE")))
                .hasMessage("internationalcooperation.activity.referralOnly");
    }

    @Test
    void datesMustBeInOrderAndABudgetNeedsItsCurrency() {
        assertThatThrownBy(() -> new ActivityDetails(CooperationActivityKind.CONFERENCE, "a", "a", null, DAY,
                DAY.minusDays(1), null, null, null, null, null, null, null, null, null, null))
                .hasMessage("internationalcooperation.activity.dates");
        assertThatThrownBy(() -> visit(null, BigDecimal.TEN, null)).hasMessage("internationalcooperation.activity.currency");
        assertThat(visit(null, null, null).budget()).isNull();
    }

    @Test
    void aChangeThatChangesNothingIsNone() {
        var activity = CooperationActivity.record(visit(null, new BigDecimal("100"), "EUR"), NOW);

        assertThat(activity.change(visit(null, new BigDecimal("100.00"), "EUR"))).isFalse();
        assertThat(activity.change(visit(null, new BigDecimal("101"), "EUR"))).isTrue();
        assertThat(activity.getBudget()).isEqualByComparingTo("101");
        assertThat(activity.getPlace()).isEqualTo("Vienna");
        assertThat(activity.getFunder()).isEqualTo("Fund");
        assertThat(activity.getOutcomes()).isEqualTo("Outcomes");
    }
}
