package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.annualplanning.internal.IndicatorValue;
import org.coordina.annualplanning.internal.Localized;
import org.coordina.annualplanning.internal.ReportIndicatorEntry;
import org.coordina.annualplanning.internal.ReportRowEntry;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

class ReportRowInputTests {

    private static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private static final UUID INDICATOR = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static final ReportRowEntry ENTRY = new ReportRowEntry(ACTIVITY, "II", new Localized("Превенция", "Prevention"),
            new Localized("Кампания", "Campaign"), ActivityStatus.NOT_STARTED, null, null,
            List.of("https://example.org/evidence"), 3, List.of(new ReportIndicatorEntry(INDICATOR,
                    new Localized("Брой събития", "Number of events"), "events", new BigDecimal("2.00"), null)));

    private final StaticMessageSource messages = new StaticMessageSource();

    ReportRowInputTests() {
        messages.setUseCodeAsDefaultMessage(true);
    }

    private ReportRowInput input(ReportRowForm form, Map<String, String> fields) {
        return new ReportRowInput(ENTRY, form, fields, messages, Locale.ENGLISH);
    }

    @Test
    void readsTheRowKeepingTheStoredEvidence() {
        var fields = new HashMap<String, String>();
        fields.put("value-" + INDICATOR, "2,5");
        var form = new ReportRowForm("COMPLETED", "Done.", " 40 ", 3);
        var input = input(form, fields);

        var details = input.read(new BeanPropertyBindingResult(form, "progress"));

        assertThat(input.problems()).isEmpty();
        assertThat(details.status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(details.narrative()).isEqualTo("Done.");
        assertThat(details.peopleReached()).isEqualTo(40);
        assertThat(details.evidence()).containsExactly("https://example.org/evidence");
        assertThat(details.indicatorValues()).containsExactly(new IndicatorValue(INDICATOR, new BigDecimal("2.50")));
    }

    @Test
    void aBeanValidationErrorIsAProblemOfItsFieldInTheReadersLanguage() {
        messages.addMessage("annualplanning.page.report.error.narrativeTooLong", Locale.ENGLISH, "Too long.");
        var form = new ReportRowForm("COMPLETED", "x".repeat(4001), null, 3);
        var errors = new BeanPropertyBindingResult(form, "progress");
        errors.addError(new FieldError("progress", "narrative", form.narrative(), false, new String[] { "Size" }, null,
                "{annualplanning.page.report.error.narrativeTooLong}"));
        var input = input(form, Map.of());

        assertThat(input.read(errors)).isNull();

        assertThat(input.problems()).containsExactly(new FieldProblem("narrative-" + ACTIVITY, "Too long."));
    }

    @Test
    void blankNumbersAreAbsent() {
        var form = new ReportRowForm("IN_PROGRESS", null, null, 3);
        var input = input(form, Map.of("value-" + INDICATOR, " "));

        var details = input.read(new BeanPropertyBindingResult(form, "progress"));

        assertThat(details.peopleReached()).isNull();
        assertThat(details.indicatorValues()).isEmpty();
    }

    @Test
    void everyWrongFieldIsAProblemLinkedToItsFieldAndNothingIsRead() {
        var form = new ReportRowForm("FINISHED", null, "many", 3);
        var input = input(form, Map.of("value-" + INDICATOR, "-3"));

        assertThat(input.read(new BeanPropertyBindingResult(form, "progress"))).isNull();

        assertThat(input.problems()).extracting(FieldProblem::anchor).containsExactly("status-" + ACTIVITY,
                "peopleReached-" + ACTIVITY, "value-" + INDICATOR + "-" + ACTIVITY);
        assertThat(input.problems()).extracting(FieldProblem::message).containsExactly(
                "annualplanning.page.report.error.status", "annualplanning.page.report.error.people",
                "annualplanning.page.report.error.value");
    }

    @Test
    void refusesTooManyPeopleTooManyDecimalsAndAMissingStatus() {
        var form = new ReportRowForm(null, null, "100000001", 3);
        var input = input(form, Map.of("value-" + INDICATOR, "1.234"));

        assertThat(input.read(new BeanPropertyBindingResult(form, "progress"))).isNull();

        assertThat(input.problems()).hasSize(3);
    }

    @Test
    void theRowAsPostedKeepsWhatWasTypedWithItsProblems() {
        var form = new ReportRowForm("COMPLETED", "Text", "x", 3);
        var input = input(form, Map.of("value-" + INDICATOR, "abc"));
        input.read(new BeanPropertyBindingResult(form, "progress"));

        var row = input.asPosted();

        assertThat(row.peopleReached()).isEqualTo("x");
        assertThat(row.indicators().get(0).value()).isEqualTo("abc");
        assertThat(row.problemOf("peopleReached")).isNotNull();
        assertThat(row.problemOf("narrative")).isNull();
        assertThat(row.version()).isEqualTo(3);
    }

    @Test
    void aStoredRowShowsItsValuesWithoutTrailingZeros() {
        var stored = new ReportRowEntry(ACTIVITY, "II", null, new Localized("К", "C"), ActivityStatus.COMPLETED, "N", 7,
                List.of(), 4, List.of(new ReportIndicatorEntry(INDICATOR, new Localized("Б", "N"), "events",
                        BigDecimal.TEN, new BigDecimal("10.00"))));

        var row = ReportRowView.of(stored, true, false);

        assertThat(row.status()).isEqualTo("COMPLETED");
        assertThat(row.peopleReached()).isEqualTo("7");
        assertThat(row.indicators().get(0).value()).isEqualTo("10");
        assertThat(row.saved()).isTrue();
        assertThat(row.fieldId("status")).isEqualTo("status-" + ACTIVITY);
    }
}
