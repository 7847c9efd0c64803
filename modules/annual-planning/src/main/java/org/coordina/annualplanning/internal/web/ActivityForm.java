package org.coordina.annualplanning.internal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coordina.annualplanning.internal.Activity;
import org.coordina.annualplanning.internal.ActivityDetails;
import org.coordina.annualplanning.internal.Financing;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.springframework.validation.Errors;

/**
 * The plan page's form of an activity, with the rules of {@link ActivityRequest}: titles, programme section,
 * description, the responsible and the partners (one a line), financing, start and deadline (GOV.UK date inputs),
 * planned quarters, expected outcomes and indicators, and the version the page was read at. The objective and the
 * national activity served, which the form does not show, are kept as the activity has them.
 */
record ActivityForm(@NotBlank @Size(max = 300) String titleBg, @NotBlank @Size(max = 300) String titleEn,
        @NotBlank @Size(max = 8) String sectionCode, @Size(max = 4000) String description,
        @Size(max = LINES_TEXT) String responsible, @Size(max = LINES_TEXT) String partners,
        @Size(max = 200) String financingSource,
        @Pattern(regexp = IndicatorRow.AMOUNT, message = "{annualplanning.page.validation.amount}") String financingAmount,
        @Pattern(regexp = WebConstraints.CURRENCY, message = "{annualplanning.page.validation.currency}") String financingCurrency,
        @Pattern(regexp = DeadlinesForm.DAY, message = "{annualplanning.page.validation.day}") String startsDay,
        @Pattern(regexp = DeadlinesForm.MONTH, message = "{annualplanning.page.validation.month}") String startsMonth,
        @Pattern(regexp = DeadlinesForm.YEAR, message = "{annualplanning.page.validation.year}") String startsYear,
        @Pattern(regexp = DeadlinesForm.DAY, message = "{annualplanning.page.validation.day}") String deadlineDay,
        @Pattern(regexp = DeadlinesForm.MONTH, message = "{annualplanning.page.validation.month}") String deadlineMonth,
        @Pattern(regexp = DeadlinesForm.YEAR, message = "{annualplanning.page.validation.year}") String deadlineYear,
        @Size(max = 4) List<String> plannedQuarters,
        @Size(max = 4000) String expectedOutcomes,
        @Size(max = MAX_INDICATORS) List<@NotNull @Valid IndicatorRow> indicators, long version) {

    /** The API's limit on indicators, responsible and partners. */
    static final int MAX_INDICATORS = 20;

    static final int MAX_LINES = 20;

    static final int MAX_LINE = 300;

    /** Twenty lines of 300 characters and their line breaks. */
    static final int LINES_TEXT = MAX_LINES * (MAX_LINE + 2);

    /** Where the domain's refusals of an activity's details belong on the form. */
    private static final Map<String, String> FIELDS_OF_PROBLEMS = Map.of(
            "annualplanning.activity.deadlineBeforeStart", "deadlineDay",
            "annualplanning.activity.negativeAmount", "financingAmount",
            "annualplanning.activity.unknownSection", "sectionCode",
            "annualplanning.quarter.invalid", "plannedQuarters");

    ActivityForm {
        plannedQuarters = plannedQuarters == null ? List.of() : plannedQuarters.stream().filter(Objects::nonNull).toList();
        indicators = indicators == null ? List.of() : indicators;
    }

    static ActivityForm empty() {
        return new ActivityForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(), null, List.of(), 0);
    }

    static ActivityForm of(Activity activity) {
        var financing = activity.getFinancing();
        var starts = activity.getStartsOn();
        var deadline = activity.getDeadline();
        return new ActivityForm(activity.getTitleBg(), activity.getTitleEn(), activity.getSectionCode(),
                activity.getDescription(), lines(activity.getResponsible()), lines(activity.getPartners()),
                financing == null ? null : financing.source(),
                financing == null ? null : IndicatorRow.text(financing.amount()),
                financing == null ? null : financing.currency(), day(starts), month(starts), year(starts),
                day(deadline), month(deadline), year(deadline),
                activity.getPlannedQuarters().stream().map(String::valueOf).toList(),
                activity.getExpectedOutcomes(), activity.getIndicators().stream().map(IndicatorRow::of).toList(),
                activity.getVersion());
    }

    /** The same form with one more, empty, indicator row (none beyond the limit). */
    ActivityForm withIndicatorAdded() {
        var rows = new ArrayList<>(indicators);
        if (rows.size() < MAX_INDICATORS) {
            rows.add(IndicatorRow.empty());
        }
        return withIndicators(rows);
    }

    /** The same form without the indicator row at this index (none when there is no such row). */
    ActivityForm withIndicatorRemoved(int index) {
        var rows = new ArrayList<>(indicators);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return withIndicators(rows);
    }

    /** A new activity's details, or {@code null} with field errors; call only when the form has no errors yet. */
    ActivityDetails toNewDetails(Errors errors) {
        return toDetails(null, null, errors);
    }

    /**
     * The activity's details as the form gives them, keeping its objective (unless the section changes) and the
     * national activity it serves; or {@code null} with field errors. Call only when the form has no errors yet.
     */
    ActivityDetails revise(Activity activity, Errors errors) {
        var objective = sectionCode.equals(activity.getSectionCode()) ? activity.getObjectiveCode() : null;
        return toDetails(objective, activity.getServesActivityId(), errors);
    }

    /**
     * Puts a refusal of the activity's details on the field it is about (the start or the deadline outside the plan's
     * year, a deadline before the start, a negative figure, an unknown section), or on the form.
     */
    void reject(DomainProblem refused, Errors errors) {
        var field = FIELDS_OF_PROBLEMS.get(refused.messageCode());
        if ("annualplanning.activity.outsideYear".equals(refused.messageCode())) {
            field = Arrays.asList(refused.arguments()).contains(date(startsYear, startsMonth, startsDay))
                    ? "startsDay" : "deadlineDay";
        }
        if ("annualplanning.activity.negativeTarget".equals(refused.messageCode())) {
            field = IntStream.range(0, indicators.size())
                    .filter(i -> Arrays.asList(refused.arguments()).contains(indicators.get(i).nameEn()))
                    .mapToObj(i -> "indicators[" + i + "].target").findFirst().orElse(null);
        }
        if (field == null) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
        }
        else {
            errors.rejectValue(field, refused.messageCode(), refused.arguments(), refused.messageCode());
        }
    }

    private ActivityDetails toDetails(String objectiveCode, UUID servesActivityId, Errors errors) {
        var starts = date(startsYear, startsMonth, startsDay, "startsDay", errors);
        var deadline = date(deadlineYear, deadlineMonth, deadlineDay, "deadlineDay", errors);
        var responsibleLines = lines(responsible, "responsible", errors);
        var partnerLines = lines(partners, "partners", errors);
        var quarters = quarters(errors);
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return new ActivityDetails(titleBg, titleEn, description, sectionCode, objectiveCode, servesActivityId,
                    responsibleLines, partnerLines, financing(), starts, deadline,
                    quarters, expectedOutcomes,
                    indicators.stream().map(IndicatorRow::toIndicator).toList());
        }
        catch (DomainProblem refused) {
            reject(refused, errors);
            return null;
        }
    }

    private Financing financing() {
        if (financingSource == null && financingAmount == null && financingCurrency == null) {
            return null;
        }
        return new Financing(financingSource, IndicatorRow.number(financingAmount), financingCurrency);
    }

    private ActivityForm withIndicators(List<IndicatorRow> rows) {
        return new ActivityForm(titleBg, titleEn, sectionCode, description, responsible, partners, financingSource,
                financingAmount, financingCurrency, startsDay, startsMonth, startsYear, deadlineDay, deadlineMonth,
                deadlineYear, plannedQuarters, expectedOutcomes, rows, version);
    }

    /** The non-blank lines of a text area; more than twenty, or one longer than the API allows, is a field error. */
    private static List<String> lines(String text, String field, Errors errors) {
        if (text == null) {
            return List.of();
        }
        var lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() > MAX_LINES) {
            errors.rejectValue(field, "annualplanning.page.validation.tooManyLines", new Object[] { MAX_LINES }, null);
        }
        else if (lines.stream().anyMatch(line -> line.length() > MAX_LINE)) {
            errors.rejectValue(field, "annualplanning.page.validation.lineTooLong", new Object[] { MAX_LINE }, null);
        }
        return lines;
    }

    /** The planned quarters as numbers; one that is not a number is an error (the domain refuses those out of 1–4). */
    private List<Integer> quarters(Errors errors) {
        var quarters = new ArrayList<Integer>();
        for (String quarter : plannedQuarters) {
            try {
                quarters.add(Integer.valueOf(quarter));
            }
            catch (NumberFormatException e) {
                errors.rejectValue("plannedQuarters", "annualplanning.quarter.invalid", new Object[] { quarter }, null);
            }
        }
        return quarters;
    }

    /** A date typed in three fields: none typed is no date; a day that does not exist is an error on the day. */
    private static LocalDate date(String year, String month, String day, String field, Errors errors) {
        if (year == null && month == null && day == null) {
            return null;
        }
        var date = date(year, month, day);
        if (date == null) {
            errors.rejectValue(field, "annualplanning.page.validation.date");
        }
        return date;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        }
        catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String lines(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String day(LocalDate date) {
        return date == null ? null : String.valueOf(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return date == null ? null : String.valueOf(date.getMonthValue());
    }

    private static String year(LocalDate date) {
        return date == null ? null : String.valueOf(date.getYear());
    }
}
