package org.coordina.annualplanning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * What a plan says about an activity. Indicators without an id are new; those with one keep it.
 * {@code plannedQuarters} (1–4) may stand in for, or add to, a start and a deadline.
 */
public record ActivityDetails(String titleBg, String titleEn, String description, String sectionCode,
        String objectiveCode, UUID servesActivityId, List<String> responsible, List<String> partners,
        Financing financing, LocalDate startsOn, LocalDate deadline, List<Integer> plannedQuarters,
        String expectedOutcomes, List<Indicator> indicators) {

    public ActivityDetails {
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
        partners = partners == null ? List.of() : List.copyOf(partners);
        plannedQuarters = plannedQuarters == null ? List.of() : plannedQuarters.stream().distinct().sorted().toList();
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        plannedQuarters.forEach(Quarter::check);
        if (startsOn != null && deadline != null && deadline.isBefore(startsOn)) {
            throw DomainProblem.ruleViolated("annualplanning.activity.deadlineBeforeStart", deadline, startsOn);
        }
        if (financing != null && financing.amount() != null && financing.amount().signum() < 0) {
            throw DomainProblem.ruleViolated("annualplanning.activity.negativeAmount");
        }
        for (Indicator indicator : indicators) {
            if (indicator.target() != null && indicator.target().signum() < 0) {
                throw DomainProblem.ruleViolated("annualplanning.activity.negativeTarget", indicator.nameEn());
            }
        }
    }

    /** Refuses dates outside the plan's year. */
    void requireWithin(int year) {
        for (LocalDate date : new LocalDate[] { startsOn, deadline }) {
            if (date != null && date.getYear() != year) {
                throw DomainProblem.ruleViolated("annualplanning.activity.outsideYear", date, year);
            }
        }
    }
}
