package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.coordina.annualplanning.internal.Financing;
import org.coordina.annualplanning.internal.IndicatorKind;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class ActivityFormTests {

    private static final IndicatorRow ROW = new IndicatorRow(null, "Посетени училища", "Schools visited", "schools",
            "-1,5", "12", "CUMULATIVE");

    @Test
    void theTypedFieldsBecomeTheActivitysDetails() {
        var form = form("1", "3", "2097", "30", "6", "2097", List.of(ROW));
        var errors = errors(form);

        var details = form.toNewDetails(errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(details.startsOn()).isEqualTo(LocalDate.of(2097, 3, 1));
        assertThat(details.deadline()).isEqualTo(LocalDate.of(2097, 6, 30));
        assertThat(details.financing()).isEqualTo(new Financing("Municipal budget", new BigDecimal("1500.50"), "EUR"));
        assertThat(details.responsible()).containsExactly("Secretary", "Inspectorate");
        assertThat(details.partners()).isEmpty();
        assertThat(details.plannedQuarters()).containsExactly(1, 2);
        assertThat(details.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.baseline()).isEqualByComparingTo("-1.5");
            assertThat(indicator.target()).isEqualByComparingTo("12");
            assertThat(indicator.kind()).isEqualTo(IndicatorKind.CUMULATIVE);
        });
    }

    @Test
    void noDatesAndNoFinancingTypedAreNone() {
        var form = new ActivityForm("Б", "E", "II", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, 0);

        var details = form.toNewDetails(errors(form));

        assertThat(details.startsOn()).isNull();
        assertThat(details.deadline()).isNull();
        assertThat(details.financing()).isNull();
        assertThat(details.indicators()).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsAnErrorOnItsDayAndNothingIsGiven() {
        var form = form("31", "2", "2097", "30", "", "2097", List.of());
        var errors = errors(form);

        assertThat(form.toNewDetails(errors)).isNull();
        assertThat(errors.getFieldErrors()).extracting("field").containsExactly("startsDay", "deadlineDay");
    }

    @Test
    void aDeadlineBeforeTheStartIsAnErrorOnTheDeadline() {
        var form = form("1", "3", "2097", "1", "2", "2097", List.of());
        var errors = errors(form);

        assertThat(form.toNewDetails(errors)).isNull();
        assertThat(errors.getFieldError("deadlineDay").getCode()).isEqualTo("annualplanning.activity.deadlineBeforeStart");
    }

    @Test
    void aDateOutsideThePlansYearIsAnErrorOnThatDate() {
        var form = form("1", "3", "2096", "1", "2", "2098", List.of());
        var errors = errors(form);

        form.reject(DomainProblem.ruleViolated("annualplanning.activity.outsideYear", LocalDate.of(2096, 3, 1), 2097), errors);
        form.reject(DomainProblem.ruleViolated("annualplanning.activity.outsideYear", LocalDate.of(2098, 2, 1), 2097), errors);

        assertThat(errors.getFieldErrors()).extracting("field").containsExactly("startsDay", "deadlineDay");
    }

    @Test
    void aRefusalAboutAnIndicatorIsAnErrorOnItsTargetAndAnyOtherIsTheFormsOwn() {
        var form = form(null, null, null, null, null, null, List.of(IndicatorRow.empty(), ROW));
        var errors = errors(form);

        form.reject(DomainProblem.ruleViolated("annualplanning.activity.negativeTarget", "Schools visited"), errors);
        form.reject(DomainProblem.conflict("annualplanning.activity.indicatorReported", "Gone"), errors);
        form.reject(DomainProblem.ruleViolated("annualplanning.quarter.invalid", 5), errors);

        assertThat(errors.getFieldErrors()).extracting("field").containsExactly("indicators[1].target", "plannedQuarters");
        assertThat(errors.getGlobalErrors()).singleElement()
                .satisfies(error -> assertThat(error.getCode()).isEqualTo("annualplanning.activity.indicatorReported"));
    }

    @Test
    void moreThanTwentyLinesOrALineLongerThanTheApiAllowsIsAnError() {
        var many = String.join("\n", Collections.nCopies(21, "Someone"));
        var form = new ActivityForm("Б", "E", "II", null, many, "x".repeat(301) + "\n\n", null, null, null, null, null,
                null, null, null, null, List.of("x"), null, null, 0);
        var errors = errors(form);

        assertThat(form.toNewDetails(errors)).isNull();
        assertThat(errors.getFieldErrors()).extracting("code").containsExactly(
                "annualplanning.page.validation.tooManyLines", "annualplanning.page.validation.lineTooLong",
                "annualplanning.quarter.invalid");
    }

    @Test
    void indicatorRowsAreAddedUpToTwentyAndRemovedByTheirIndex() {
        var form = form(null, null, null, null, null, null, List.of(ROW));

        var added = form.withIndicatorAdded();
        assertThat(added.indicators()).containsExactly(ROW, IndicatorRow.empty());
        assertThat(added.withIndicatorRemoved(0).indicators()).containsExactly(IndicatorRow.empty());
        assertThat(added.withIndicatorRemoved(5).indicators()).hasSize(2);
        assertThat(added.withIndicatorRemoved(-1).indicators()).hasSize(2);
        assertThat(added.titleEn()).isEqualTo(form.titleEn());
        assertThat(added.version()).isEqualTo(form.version());

        var full = form(null, null, null, null, null, null, new ArrayList<>(Collections.nCopies(20, ROW)));
        assertThat(full.withIndicatorAdded().indicators()).hasSize(20);
    }

    private static ActivityForm form(String startsDay, String startsMonth, String startsYear, String deadlineDay,
            String deadlineMonth, String deadlineYear, List<IndicatorRow> indicators) {
        return new ActivityForm("Кампания", "Campaign", "II", "About", " Secretary\n\nInspectorate ", null,
                "Municipal budget", "1500,50", "EUR", startsDay, startsMonth, startsYear, deadlineDay,
                blankAsNull(deadlineMonth), deadlineYear, List.of("2", "1"), null, indicators, 3);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static Errors errors(ActivityForm form) {
        return new BeanPropertyBindingResult(form, "activityForm");
    }
}
