package org.coordina.internationalcooperation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * What a cooperation activity is: kind, titles, partners, dates, place, participating commissions, funding,
 * outcomes, the annual-planning activity it serves, the people it reached. A transnational referral records
 * the number of referrals and the countries involved, and nothing else about the people referred; other kinds
 * record neither.
 */
public record ActivityDetails(CooperationActivityKind kind, String titleBg, String titleEn, Set<UUID> partnerIds,
        LocalDate startsOn, LocalDate endsOn, String place, Set<CommissionCode> commissions, String funder,
        BigDecimal budget, String currency, String outcomes, UUID planningActivityId, Integer peopleReached,
        Integer referrals, Set<String> countries) {

    public ActivityDetails {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsOn, "startsOn");
        partnerIds = partnerIds == null ? Set.of() : Set.copyOf(partnerIds);
        commissions = commissions == null ? Set.of() : Set.copyOf(commissions);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        endsOn = endsOn == null ? startsOn : endsOn;
        // Two decimals as stored, so that 100 and 100.00 are the same budget.
        budget = budget == null ? null : budget.setScale(2, RoundingMode.HALF_UP);
        if (endsOn.isBefore(startsOn)) {
            throw DomainProblem.ruleViolated("internationalcooperation.activity.dates", startsOn, endsOn);
        }
        if (budget != null && currency == null) {
            throw DomainProblem.ruleViolated("internationalcooperation.activity.currency");
        }
        boolean referral = kind == CooperationActivityKind.TRANSNATIONAL_REFERRAL;
        if (referral && (referrals == null || countries.isEmpty())) {
            throw DomainProblem.ruleViolated("internationalcooperation.activity.referralCounts");
        }
        if (!referral && (referrals != null || !countries.isEmpty())) {
            throw DomainProblem.ruleViolated("internationalcooperation.activity.referralOnly");
        }
    }
}
