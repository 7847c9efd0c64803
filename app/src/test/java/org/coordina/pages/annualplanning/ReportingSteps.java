package org.coordina.pages.annualplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.coordina.pages.Browser;
import org.openqa.selenium.WebElement;

/**
 * The steps of quarterly reporting in a browser, to chain in journeys: open a report, fill and save an activity's
 * row (in place, with htmx), submit, accept, and read a section's completed activities off the progress page. Each
 * step leaves the browser on the page it ends on, checked by axe-core.
 */
final class ReportingSteps {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Browser browser;

    ReportingSteps(Browser browser) {
        this.browser = browser;
    }

    /** Opens a plan's report, waiting while the demo plan may still be on its way (it is seeded from events). */
    ReportingSteps openReport(int year, String owner, int quarter) {
        var path = "/planning/" + year + "/plans/" + owner + "/quarters/" + quarter;
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            browser.open(path);
            if (browser.findAll("[data-test=error-404]").isEmpty() || System.nanoTime() > deadline) {
                assertThat(browser.findAll("[data-test=report-summary]")).as(path).hasSize(1);
                return this;
            }
            pause();
        }
    }

    /** The id of the report's activity whose title contains this text. */
    String activityTitled(String text) {
        return browser.findAll("[data-test=activity-row]").stream()
                .filter(row -> row.findElement(org.openqa.selenium.By.tagName("h3")).getText().contains(text))
                .map(row -> row.getDomAttribute("data-activity")).findFirst()
                .orElseThrow(() -> new AssertionError("No activity titled " + text));
    }

    /** Fills an activity's row (its first indicator unless {@code null}) and saves it with its button: the row alone is answered and shows it saved. */
    ReportingSteps saveRow(String activity, String status, String narrative, String people, String indicatorValue) {
        browser.choose("status-" + activity, status).type("narrative-" + activity, narrative)
                .type("peopleReached-" + activity, people);
        if (indicatorValue != null) {
            var indicator = browser.find("#activity-" + activity + " [data-test=indicator-value]").getDomAttribute("id");
            browser.type(indicator, indicatorValue);
        }
        var html = browser.find("html");
        browser.find("#activity-" + activity + " [data-test=save-row]").click();
        waitFor(() -> !browser.findAll("#activity-" + activity + " [data-test=row-saved]").isEmpty());
        assertThat(isSame(html)).as("the page was not reloaded").isTrue();
        browser.checked();
        return this;
    }

    ReportingSteps submitReport() {
        browser.click("[data-test=submit-report]");
        assertThat(browser.findAll("[data-test=done]")).hasSize(1);
        assertThat(browser.text("[data-test=report-status]")).isNotBlank();
        return this;
    }

    ReportingSteps acceptReport() {
        browser.click("[data-test=accept-report]");
        assertThat(browser.findAll("[data-test=done]")).hasSize(1);
        assertThat(browser.findAll("[data-test=accept-report]")).isEmpty();
        return this;
    }

    /** The completed activities of a programme section, as the progress page's chart draws them. */
    long completedInSection(int year, String section) {
        browser.open("/planning/" + year + "/progress");
        var bar = browser.find("[data-test=progress-chart] g[data-section='" + section + "'] rect[data-test=bar]");
        var table = browser.text("[data-test=sections] tr[data-section='" + section + "'] [data-test=completed]");
        assertThat(table).isEqualTo(bar.getDomAttribute("data-figure"));
        return Long.parseLong(bar.getDomAttribute("data-figure"));
    }

    private boolean isSame(WebElement html) {
        try {
            html.isEnabled();
            return true;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for the page");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
