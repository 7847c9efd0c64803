package org.coordina.pages.annualplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.coordina.annualplanning.internal.ActivityDirectory;
import org.coordina.annualplanning.internal.ActivityEntry;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.CycleClosing;
import org.coordina.annualplanning.internal.IndicatorKind;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.Plans;
import org.coordina.pages.Browser;
import org.coordina.pages.BrowserTest;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The decisions around a plan through the pages only: the national administrator adopts a backlog proposal into a
 * section and declines another with a reason (not without one); returns a quarterly report with a reason that the
 * secretary reads, fixes and resubmits before it is accepted; and a secretary edits an activity's indicators,
 * financing and dates in place, with the form's errors in its error summary. The backlog comes from closing 2096,
 * whose unfinished national activities are carried over to 2097 (years no other test uses); the report is MON's
 * Q4 2021, which the demo data leaves an untouched draft and no other test reads.
 */
@BrowserTest
class PlanDecisionsJourneyIntegrationTests {

    private static final int CLOSED_YEAR = 2096;

    private static final int YEAR = 2097;

    private static final Party MON = Party.parse("MON");

    @Autowired
    PlanningCycles cycles;

    @Autowired
    Plans plans;

    @Autowired
    ActivityPlanning planning;

    @Autowired
    ActivityDirectory activities;

    @Autowired
    CycleClosing closing;

    Browser browser;

    PlanningJourney journey;

    ReportingSteps reporting;

    @BeforeAll
    void setUp() {
        ensureYears();
        journey = new PlanningJourney(browser);
        reporting = new ReportingSteps(browser);
    }

    @Test
    void theAdministratorAdoptsOneProposalAndDeclinesAnotherOnlyWithAReason() {
        journey.openPlan("national.admin", YEAR, "national");
        browser.click("[data-test=backlog-link]");
        assertThat(browser.path()).isEqualTo("/planning/" + YEAR + "/plans/national/backlog");

        var adopted = "[data-proposal='Carried campaign'] ";
        browser.choose(browser.find(adopted + "select").getDomAttribute("id"), "III");
        browser.click(adopted + "[data-test=adopt]");
        assertThat(browser.path()).endsWith("/backlog?adopted");

        var declined = "[data-proposal='Carried training'] ";
        browser.click(declined + "[data-test=decline]");
        assertThat(browser.findAll("[data-test=error-summary] a[href='#reason']")).hasSize(1);
        assertThat(browser.text(declined + ".govuk-tag")).isEqualTo("Очаква решение");
        browser.type("reason", "Done by the ministry this year.").click(declined + "[data-test=decline]");
        assertThat(browser.path()).endsWith("/backlog?declined");

        assertThat(browser.text(adopted + ".govuk-tag")).isEqualTo("Включено");
        assertThat(browser.text(declined + ".govuk-tag")).isEqualTo("Отклонено");
        assertThat(browser.text(declined + "td")).contains("Done by the ministry this year.");
        browser.open("/planning/" + YEAR + "/plans/national");
        assertThat(browser.findAll("table[data-section=III] [data-activity='Carried campaign']")).hasSize(1);
        assertThat(titles(Party.NATIONAL)).contains("Carried campaign").doesNotContain("Carried training");
    }

    @Test
    void aReturnedReportIsFixedResubmittedAndAccepted() {
        var reason = "Please give the number of people reached.";
        browser.signIn("secretary.mon");
        reporting.openReport(2021, "MON", 4);
        var campaign = reporting.activityTitled("18");
        reporting.saveRow(campaign, "IN_PROGRESS", "Подготовка на кампанията (демо).", "0", "1").submitReport();
        browser.signOut();

        browser.signIn("national.admin");
        reporting.openReport(2021, "MON", 4);
        browser.type("comments", reason).click("[data-test=return-report]");
        assertThat(browser.text("[data-test=report-state]")).isEqualTo("Върнат");
        browser.signOut();

        browser.signIn("secretary.mon");
        reporting.openReport(2021, "MON", 4);
        assertThat(browser.text("[data-test=report-comments]")).isEqualTo(reason);
        reporting.saveRow(campaign, "IN_PROGRESS", "Подготовка на кампанията (демо).", "35", "1").submitReport();
        assertThat(browser.text("[data-test=report-state]")).isEqualTo("Подаден");
        browser.signOut();

        browser.signIn("national.admin");
        reporting.openReport(2021, "MON", 4).acceptReport();
        assertThat(browser.text("[data-test=report-state]")).isEqualTo("Приет");
    }

    @Test
    void theSecretaryEditsAnActivitysIndicatorsFinancingAndDatesInPlace() {
        journey.openPlan("secretary.mon", YEAR, "MON").editActivity("Outreach to schools");
        journey.swap("[data-test=add-indicator]").swap("[data-test=add-indicator]");
        assertThat(browser.findAll("[data-test=indicator-row]")).hasSize(2);
        journey.swap("[data-test=indicator-row]:nth-of-type(2) [data-test=remove-indicator]");
        assertThat(browser.findAll("[data-test=indicator-row]")).hasSize(1);

        browser.type("indicators[0].nameBg", "Посетени училища").type("indicators[0].nameEn", "Schools visited")
                .type("indicators[0].unit", "schools").type("indicators[0].baseline", "0")
                .type("indicators[0].target", "-3").choose("indicators[0].kind", "CUMULATIVE")
                .type("financingSource", "Municipal budget").type("financingAmount", "1500,50")
                .type("financingCurrency", "EUR").type("startsDay", "1").type("startsMonth", "3")
                .type("startsYear", String.valueOf(YEAR)).type("deadlineDay", "30").type("deadlineMonth", "6")
                .type("deadlineYear", String.valueOf(YEAR)).type("responsible", "Secretary of MON\nRegional inspectorate");
        browser.find("#quarter-2").click();
        long version = activity().version();

        journey.swap("[data-test=save-activity]");
        assertThat(browser.findAll("[data-test=error-summary] a[href='#indicators[0].target']")).hasSize(1);
        browser.type("indicators[0].target", "12").type("deadlineDay", "1").type("deadlineMonth", "2");
        journey.swap("[data-test=save-activity]");
        assertThat(browser.findAll("[data-test=error-summary] a[href='#deadlineDay']")).hasSize(1);
        assertThat(browser.text("[data-test=error-summary]")).contains(String.valueOf(YEAR) + "-03-01");
        assertThat(activity().version()).as("nothing is written on error").isEqualTo(version);

        browser.type("deadlineDay", "30").type("deadlineMonth", "6");
        journey.swap("[data-test=save-activity]");
        assertThat(browser.findAll("[data-test=saved]")).hasSize(1);
        assertThat(browser.findAll("[data-test=edit-row]")).isEmpty();

        journey.editActivity("Outreach to schools");
        assertThat(browser.value("indicators[0].nameEn")).isEqualTo("Schools visited");
        assertThat(browser.value("indicators[0].target")).isEqualTo("12");
        assertThat(browser.value("indicators[0].kind")).isEqualTo("CUMULATIVE");
        assertThat(browser.value("financingAmount")).isEqualTo("1500.5");
        assertThat(browser.value("financingCurrency")).isEqualTo("EUR");
        assertThat(browser.value("startsMonth")).isEqualTo("3");
        assertThat(browser.value("deadlineDay")).isEqualTo("30");
        assertThat(browser.find("#quarter-2").isSelected()).isTrue();
        browser.screenshots("planning-activity-form");

        var saved = planning.find(YEAR, MON, activity().id());
        assertThat(saved.getIndicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.target()).isEqualByComparingTo("12");
            assertThat(indicator.kind()).isEqualTo(IndicatorKind.CUMULATIVE);
        });
        assertThat(saved.getFinancing().amount()).isEqualByComparingTo(new BigDecimal("1500.50"));
        assertThat(saved.getStartsOn()).isEqualTo(LocalDate.of(YEAR, 3, 1));
        assertThat(saved.getDeadline()).isEqualTo(LocalDate.of(YEAR, 6, 30));
        assertThat(saved.getPlannedQuarters()).containsExactly(2);
        assertThat(saved.getResponsible()).containsExactly("Secretary of MON", "Regional inspectorate");
    }

    /** 2096 closed with two unfinished national activities carried over to 2097, which is open; idempotent. */
    private synchronized void ensureYears() {
        if (cycles.exists(YEAR)) {
            return;
        }
        var closed = cycles.draft(CLOSED_YEAR, null, null);
        cycles.open(CLOSED_YEAR, closed.getVersion());
        planning.add(CLOSED_YEAR, Party.NATIONAL, PlanningForms.details("Carried campaign", "II"));
        planning.add(CLOSED_YEAR, Party.NATIONAL, PlanningForms.details("Carried training", "III"));
        closing.close(CLOSED_YEAR, cycles.find(CLOSED_YEAR).getVersion());
        var open = cycles.draft(YEAR, null, null);
        cycles.open(YEAR, open.getVersion());
        planning.add(YEAR, MON, PlanningForms.details("Outreach to schools", "II"));
    }

    private ActivityEntry activity() {
        return activities.page(YEAR, MON, PageRequest.of(0, 100)).stream()
                .filter(entry -> entry.titleEn().equals("Outreach to schools")).findFirst().orElseThrow();
    }

    private java.util.List<String> titles(Party owner) {
        return activities.page(YEAR, owner, PageRequest.of(0, 100)).stream().map(ActivityEntry::titleEn).toList();
    }
}
