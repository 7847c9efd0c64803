package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.internal.IndicatorValue;
import org.coordina.annualplanning.internal.ProgressDetails;
import org.coordina.annualplanning.internal.ReportRowEntry;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Reads a posted row of the quarterly report form against the activity it belongs to: the form's own checks
 * (Bean Validation), then the text of each field (a status of the list, whole people, indicator values with at most
 * two decimals, a comma or a point as the decimal mark). What is wrong becomes {@link FieldProblem}s in the reader's
 * language, linked to the row's fields; what is right becomes the {@link ProgressDetails} the domain checks again.
 */
final class ReportRowInput {

    static final String VALUE_PREFIX = "value-";

    private static final int MAX_PEOPLE = 100_000_000;

    private static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

    private final ReportRowEntry entry;

    private final ReportRowForm form;

    private final Map<String, String> fields;

    private final MessageSource messages;

    private final Locale locale;

    private final List<FieldProblem> problems = new ArrayList<>();

    ReportRowInput(ReportRowEntry entry, ReportRowForm form, Map<String, String> fields, MessageSource messages,
            Locale locale) {
        this.entry = entry;
        this.form = form;
        this.fields = fields;
        this.messages = messages;
        this.locale = locale;
    }

    /** The details the row reports, or null when it has problems ({@link #problems()}). */
    ProgressDetails read(BindingResult errors) {
        errors.getFieldErrors().forEach(error -> problems.add(new FieldProblem(fieldId(error.getField()),
                message(error))));
        var status = status();
        var people = people();
        var values = new HashSet<IndicatorValue>();
        for (var indicator : entry.indicators()) {
            var text = fields.get(VALUE_PREFIX + indicator.indicatorId());
            if (text == null || text.isBlank()) {
                continue;
            }
            var value = decimal(text);
            if (value == null) {
                problem(VALUE_PREFIX + indicator.indicatorId(), "annualplanning.page.report.error.value",
                        indicator.name().in(locale));
            } else {
                values.add(new IndicatorValue(indicator.indicatorId(), value));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ProgressDetails(status, form.narrative(), people, entry.evidence(), Set.copyOf(values));
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Adds a problem the domain found with the row as a whole, shown at its status field. */
    void refused(String message) {
        problems.add(new FieldProblem(fieldId("status"), message));
    }

    /** The row as posted, with its problems, for the page to show again. */
    ReportRowView asPosted() {
        var indicators = entry.indicators().stream().map(indicator -> new IndicatorInput(indicator.indicatorId(),
                indicator.name(), indicator.unit(), indicator.target(),
                fields.getOrDefault(VALUE_PREFIX + indicator.indicatorId(), ""))).toList();
        return new ReportRowView(entry.activityId(), entry.sectionCode(), entry.section(), entry.title(),
                form.status(), form.narrative(), form.peopleReached(), form.version(), indicators, problems(), false,
                false);
    }

    private ActivityStatus status() {
        try {
            return form.status() == null ? missingStatus() : ActivityStatus.valueOf(form.status());
        } catch (IllegalArgumentException unknown) {
            return missingStatus();
        }
    }

    private ActivityStatus missingStatus() {
        problem("status", "annualplanning.page.report.error.status");
        return null;
    }

    private Integer people() {
        var text = form.peopleReached();
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{1,9}") || Integer.parseInt(text.strip()) > MAX_PEOPLE) {
            problem("peopleReached", "annualplanning.page.report.error.people", MAX_PEOPLE);
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    /** A value of 0 or more below 10^12 with at most two decimals; null for anything else. */
    private static BigDecimal decimal(String text) {
        var candidate = text.strip().replace(',', '.');
        if (!candidate.matches("\\d+(\\.\\d{1,2})?")) {
            return null;
        }
        var value = new BigDecimal(candidate);
        return value.compareTo(MAX_VALUE) < 0 ? value : null;
    }

    /** A Bean Validation message names its code in braces when the validator did not interpolate it. */
    private String message(FieldError error) {
        var text = error.getDefaultMessage();
        if (text != null && text.startsWith("{") && text.endsWith("}")) {
            return messages.getMessage(text.substring(1, text.length() - 1), null, text, locale);
        }
        return messages.getMessage(error, locale);
    }

    private void problem(String field, String code, Object... arguments) {
        problems.add(new FieldProblem(fieldId(field), messages.getMessage(code, arguments, locale)));
    }

    private String fieldId(String field) {
        return field + "-" + entry.activityId();
    }
}
