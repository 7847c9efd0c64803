package org.coordina.pages.annualplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.coordina.pages.Browser;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The planning journey's steps through the pages only, reusable by later journeys (the quarterly report, the national
 * progress page): the national administration drafts and opens a cycle, a secretary drafts and submits the plan, the
 * administration returns it with a reason or approves it. Each step signs in and out.
 */
public final class PlanningJourney {

    private final Browser browser;

    public PlanningJourney(Browser browser) {
        this.browser = browser;
    }

    /** The national administrator drafts the cycle of this year with its default sections and opens it. */
    public PlanningJourney nationalAdminOpensTheCycle(int year) {
        browser.signIn("national.admin").open("/planning");
        browser.click("[data-test=new-cycle]");
        browser.type("year", String.valueOf(year)).type("dueDay", "29").type("dueMonth", "1")
                .type("dueYear", String.valueOf(year)).type("approvalDay", "27").type("approvalMonth", "2")
                .type("approvalYear", String.valueOf(year)).type("reportDueDays", "15");
        browser.click("[data-test=create-cycle]");
        assertThat(browser.path()).isEqualTo("/planning/" + year + "?created");
        assertThat(browser.text("[data-test=cycle-status]")).isEqualTo("Чернова");
        browser.click("[data-test=open-cycle]");
        assertThat(browser.path()).isEqualTo("/planning/" + year + "?saved");
        assertThat(browser.text("[data-test=cycle-status]")).isEqualTo("Открит");
        browser.screenshots("planning-cycle");
        browser.signOut();
        return this;
    }

    /** The commission's secretary adds these activities (section II) to its plan, inline, and submits it. */
    public PlanningJourney secretaryDraftsAndSubmitsThePlan(int year, String owner, String... titles) {
        openPlan("secretary." + owner.toLowerCase(), year, owner);
        assertThat(browser.text("[data-test=plan-status]")).isEqualTo("Чернова");
        for (var title : titles) {
            addActivity("II", title + " (BG)", title);
            assertThat(browser.findAll("[data-activity='" + title + "']")).as(title).hasSize(1);
        }
        browser.screenshots("planning-plan");
        submit();
        browser.signOut();
        return this;
    }

    /** The national administrator returns the submitted plan with this reason. */
    public PlanningJourney nationalAdminReturnsThePlan(int year, String owner, String reason) {
        openPlan("national.admin", year, owner);
        browser.type("reasons", reason).click("[data-test=return-plan]");
        assertThat(browser.path()).endsWith("?returned");
        assertThat(browser.text("[data-test=plan-status]")).isEqualTo("Върнат");
        browser.signOut();
        return this;
    }

    /** The secretary reads the reasons, retitles an activity in place and submits the plan again. */
    public PlanningJourney secretaryFixesAndResubmits(int year, String owner, String reason, String title,
            String fixedTitle) {
        openPlan("secretary." + owner.toLowerCase(), year, owner);
        assertThat(browser.text("[data-test=return-reasons]")).contains(reason);
        editActivity(title);
        browser.type("titleEn", fixedTitle);
        swap("[data-test=save-activity]");
        assertThat(browser.findAll("[data-activity='" + fixedTitle + "']")).hasSize(1);
        submit();
        browser.signOut();
        return this;
    }

    /** The national administrator approves the submitted plan. */
    public PlanningJourney nationalAdminApprovesThePlan(int year, String owner) {
        openPlan("national.admin", year, owner);
        browser.click("[data-test=approve-plan]");
        assertThat(browser.path()).endsWith("?approved");
        assertThat(browser.text("[data-test=plan-status]")).isEqualTo("Одобрен");
        browser.screenshots("planning-plan-approved");
        browser.signOut();
        return this;
    }

    /** Signs in and opens the plan's page from the cycle's list of plans. */
    PlanningJourney openPlan(String username, int year, String owner) {
        browser.signIn(username).open("/planning/" + year);
        browser.click("[data-test=plans] a[data-owner='" + owner + "']");
        assertThat(browser.path()).isEqualTo("/planning/" + year + "/plans/" + owner);
        return this;
    }

    /** Adds an activity with the plan's form (htmx answers the table alone). */
    PlanningJourney addActivity(String section, String titleBg, String titleEn) {
        browser.choose("sectionCode", section).type("titleBg", titleBg).type("titleEn", titleEn);
        swap("[data-test=add-activity]");
        return this;
    }

    /** Opens the row of this activity (by its English title) as a form in place. */
    PlanningJourney editActivity(String titleEn) {
        swap("[data-activity='" + titleEn + "'] [data-test=edit-activity]");
        assertThat(browser.findAll("[data-test=edit-row]")).hasSize(1);
        return this;
    }

    PlanningJourney submit() {
        browser.click("[data-test=submit-plan]");
        assertThat(browser.path()).endsWith("?submitted");
        assertThat(browser.text("[data-test=plan-status]")).isEqualTo("Подаден");
        return this;
    }

    /**
     * Clicks what the selector finds inside the plan's table and waits until htmx has swapped the table (the page
     * itself stays), then checks the page with axe-core.
     */
    PlanningJourney swap(String css) {
        var table = browser.find("#activities");
        browser.find(css).click();
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!isStale(table)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("htmx did not swap the plan's table after clicking " + css);
            }
            sleep(100);
        }
        sleep(100);
        browser.checked();
        return this;
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        }
        catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
