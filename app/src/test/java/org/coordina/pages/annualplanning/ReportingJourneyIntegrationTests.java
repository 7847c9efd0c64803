package org.coordina.pages.annualplanning;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.pages.Browser;
import org.coordina.pages.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quarterly reporting through the pages only, on the demo plan of Pleven (PVN, approved) and its Q4 2021 report,
 * which the demo data leaves an untouched draft and no other journey reads: the secretary fills an activity and
 * submits the report, the national administrator accepts it, and the national progress page counts the activity
 * the report completed. Another commission's secretary gets the 403 page on the report.
 */
@BrowserTest
class ReportingJourneyIntegrationTests {

    private static final int YEAR = 2021;

    private static final String REPORT = "/planning/2021/plans/PVN/quarters/4";

    Browser browser;

    ReportingSteps steps;

    @BeforeAll
    void setUp() {
        steps = new ReportingSteps(browser);
    }

    @Test
    void theSecretaryReportsTheAdministratorAcceptsAndTheProgressPageCountsIt() {
        browser.signIn("national.admin").click("[data-nav='annualplanning.page.nav.section']");
        assertThat(browser.subNavigation()).contains("annualplanning.page.progress.nav");
        long before = steps.completedInSection(YEAR, "II");
        browser.signOut();

        browser.signIn("secretary.pvn");
        assertThat(browser.findAll("[data-test=attention] a[href='" + REPORT + "']")).hasSize(1);
        browser.click("[data-nav='annualplanning.page.nav.section']")
                .click("[data-test=subnavigation] [data-nav='annualplanning.page.report.nav']");
        // The newest open cycle's reports: other journeys of the same application may have opened a later year.
        assertThat(browser.path()).matches("/planning/\\d{4}/plans/PVN/quarters");
        browser.open("/planning/2021/plans/PVN/quarters");
        browser.click("[data-test=open-q4]");
        assertThat(browser.path()).isEqualTo(REPORT);
        var campaign = steps.activityTitled("18");
        steps.saveRow(campaign, "COMPLETED", "Две информационни събития около 18 октомври (демо).", "40", "2");
        browser.screenshots("quarterly-report");
        steps.submitReport();
        browser.signOut();

        browser.signIn("national.admin");
        assertThat(browser.findAll("[data-test=attention] a[href='/planning/2021/progress#plans']")).hasSize(1);
        steps.openReport(YEAR, "PVN", 4).acceptReport();
        assertThat(browser.find("[data-test=report-status]").getText()).isNotBlank();
        assertThat(steps.completedInSection(YEAR, "II")).isEqualTo(before + 1);
        assertThat(browser.text("[data-test=plans] tr[data-owner=PVN] td[data-quarter='4']")).isNotBlank();
        browser.screenshots("national-progress");
    }

    @Test
    void anotherCommissionsSecretaryGetsTheForbiddenPageOnTheReport() {
        browser.signIn("secretary.var");
        for (var path : new String[] { REPORT, "/planning/2021/plans/PVN/quarters", "/planning/2021/progress" }) {
            browser.open(path);
            assertThat(browser.findAll("[data-test=error-403]")).as(path).hasSize(1);
        }
    }
}
