package org.coordina.pages.annualplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.coordina.annualplanning.internal.ActivityDetails;
import org.coordina.annualplanning.internal.ActivityDirectory;
import org.coordina.annualplanning.internal.ActivityEntry;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.PlanStatus;
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
 * The planning journey through the pages: the national administration opens a cycle of a year the demo data does not
 * use; a secretary drafts and submits the plan; the administration returns it with a reason; the secretary fixes it
 * and submits it again; the administration approves it; the secretary reports its first quarter, the administration
 * accepts the report and the national progress page counts the completed activity. Besides: form errors write nothing, a stale save shows the
 * other change, another commission's secretary gets the 403 page, English changes the labels, the home page links the
 * plans to submit and review. The other checks use a second year the tests open through the services.
 */
@BrowserTest
class PlanningJourneyIntegrationTests {

    /**
     * The journey's year, opened through the pages: the current one, whose first quarter has begun, so that its plan
     * can be reported on (the demo data plans 2021, the other checks far-off years).
     */
    static final int YEAR = Year.now(ZoneId.of("Europe/Sofia")).getValue();

    /** The other checks' year, opened through the services. */
    static final int OTHER_YEAR = PlanningForms.OTHER_YEAR;

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}+");

    private static final Party MON = PlanningForms.MON;

    private static final Party BLG = PlanningForms.BLG;

    @Autowired
    PlanningCycles cycles;

    @Autowired
    Plans plans;

    @Autowired
    ActivityPlanning planning;

    @Autowired
    ActivityDirectory activities;

    Browser browser;

    @BeforeAll
    void setUp() {
        PlanningForms.ensureOtherYear(cycles, plans, planning);
    }

    @Test
    void theAdministrationOpensACycleASecretaryPlansTheAdministrationApprovesAndTheFirstQuarterIsReported() {
        var journey = new PlanningJourney(browser);
        var reason = "Add the campaign around 18 October.";
        journey.nationalAdminOpensTheCycle(YEAR)
                .secretaryDraftsAndSubmitsThePlan(YEAR, "VTR", "Information sessions in schools", "Local campaign")
                .nationalAdminReturnsThePlan(YEAR, "VTR", reason)
                .secretaryFixesAndResubmits(YEAR, "VTR", reason, "Local campaign", "Local campaign around 18 October")
                .nationalAdminApprovesThePlan(YEAR, "VTR");
        var plan = plans.find(YEAR, Party.parse("VTR"));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(titles(YEAR, Party.parse("VTR")))
                .containsExactlyInAnyOrder("Information sessions in schools", "Local campaign around 18 October");

        // The first quarter of the approved plan: the secretary reports, the administration accepts, and the
        // national progress page counts the completed activity.
        var reporting = new ReportingSteps(browser);
        browser.signIn("national.admin");
        long completedBefore = reporting.completedInSection(YEAR, "II");
        browser.signOut();
        browser.signIn("secretary.vtr");
        reporting.openReport(YEAR, "VTR", 1);
        reporting.saveRow(reporting.activityTitled("Information sessions in schools"), "COMPLETED",
                "Sessions held in four schools.", "120", null).submitReport();
        browser.signOut();
        browser.signIn("national.admin");
        reporting.openReport(YEAR, "VTR", 1).acceptReport();
        assertThat(reporting.completedInSection(YEAR, "II")).isEqualTo(completedBefore + 1);
    }

    @Test
    void invalidFormsShowTheErrorSummaryAndWriteNothing() {
        browser.signIn("national.admin").open("/planning/new");
        browser.type("year", "2093").type("dueDay", "31").type("dueMonth", "2").type("dueYear", "2093")
                .type("approvalDay", "").type("reportDueDays", "120").click("[data-test=create-cycle]");
        assertThat(errorLinks()).containsExactlyInAnyOrder("#approvalDay", "#reportDueDays");
        browser.type("approvalDay", "28").type("reportDueDays", "15").click("[data-test=create-cycle]");
        assertThat(errorLinks()).containsExactly("#dueDay");
        browser.screenshots("planning-cycle-errors");
        assertThat(cycles.exists(2093)).isFalse();

        var submitted = plans.find(OTHER_YEAR, BLG);
        browser.open("/planning/" + OTHER_YEAR + "/plans/BLG").click("[data-test=return-plan]");
        assertThat(errorLinks()).containsExactly("#reasons");
        assertThat(plans.find(OTHER_YEAR, BLG).getVersion()).isEqualTo(submitted.getVersion());
        browser.signOut();

        var before = titles(OTHER_YEAR, MON);
        browser.signIn("secretary.mon").open("/planning/" + OTHER_YEAR + "/plans/MON");
        new PlanningJourney(browser).swap("[data-test=add-activity]");
        assertThat(errorLinks()).containsExactlyInAnyOrder("#sectionCode", "#titleBg", "#titleEn");
        assertThat(titles(OTHER_YEAR, MON)).isEqualTo(before);
    }

    @Test
    void aStaleSaveShowsTheOtherChangeAndOverwritesNothing() {
        var journey = new PlanningJourney(browser);
        browser.signIn("secretary.mon").open("/planning/" + OTHER_YEAR + "/plans/MON");
        var row = entry(OTHER_YEAR, MON);
        journey.editActivity(row.titleEn());
        var current = planning.find(OTHER_YEAR, MON, row.id());
        planning.revise(OTHER_YEAR, MON, row.id(), current.getVersion(), details("Monitoring visits by someone else", "II"));

        browser.type("titleEn", "Mine");
        journey.swap("[data-test=save-activity]");
        assertThat(browser.findAll("[data-test=stale]")).hasSize(1);
        assertThat(browser.value("titleEn")).isEqualTo("Monitoring visits by someone else");
        assertThat(entry(OTHER_YEAR, MON).titleEn()).isEqualTo("Monitoring visits by someone else");
        browser.screenshots("planning-activity-conflict");

        browser.type("titleEn", "Mine");
        journey.swap("[data-test=save-activity]");
        assertThat(browser.findAll("[data-activity='Mine']")).hasSize(1);
        assertThat(entry(OTHER_YEAR, MON).titleEn()).isEqualTo("Mine");
    }

    @Test
    void aSecretaryOfAnotherCommissionGetsThe403Page() {
        browser.signIn("secretary.sls");
        var id = entry(OTHER_YEAR, MON).id();
        for (var path : List.of("/planning/" + OTHER_YEAR + "/plans/MON", "/planning/" + OTHER_YEAR + "/plans/MON/backlog",
                "/planning/" + OTHER_YEAR + "/plans/MON/activities/" + id + "/edit", "/planning/new")) {
            browser.open(path);
            assertThat(browser.findAll("[data-test=error-403]")).as(path).hasSize(1);
        }
        browser.open("/planning/" + OTHER_YEAR + "/plans/national");
        assertThat(browser.findAll("[data-test=add-activity]")).isEmpty();
        browser.signOut();

        browser.signIn("member.mon").open("/planning/" + OTHER_YEAR + "/plans/MON");
        assertThat(browser.findAll("[data-test=activities]")).isNotEmpty();
        assertThat(browser.findAll("[data-test=add-activity], [data-test=submit-plan], [data-test=edit-activity]")).isEmpty();
    }

    @Test
    void switchingToEnglishChangesTheLabels() {
        browser.signIn("national.expert").open("/planning/2021/plans/VAR");
        assertThat(browser.text("[data-test=plan-status]")).isEqualTo("Одобрен");
        for (var path : List.of("/planning?lang=en", "/planning/2021", "/planning/2021/plans/VAR",
                "/planning/2021/plans/VAR/backlog", "/planning/2021/plans/national")) {
            browser.open(path);
            assertThat(browser.language()).as(path).isEqualTo("en");
            assertThat(englishOnly(browser.pageText())).as(path).isTrue();
        }
        assertThat(browser.text("[data-test=plan-status]")).isEqualTo("Approved");
        browser.screenshots("planning-plan-english");
        browser.open("/planning/2021/plans/VAR?lang=bg");
        assertThat(browser.text("[data-test=plan-status]")).isEqualTo("Одобрен");
    }

    @Test
    void theHomePageLinksThePlansToSubmitAndToReview() {
        browser.signIn("secretary.mon");
        assertThat(browser.findAll("[data-test=attention] a")).extracting(link -> link.getDomAttribute("href"))
                .contains("/planning/" + OTHER_YEAR + "/plans/MON");
        browser.signOut();
        browser.signIn("national.admin");
        assertThat(browser.findAll("[data-test=attention] a")).extracting(link -> link.getDomAttribute("href"))
                .contains("/planning/" + OTHER_YEAR, "/planning/" + OTHER_YEAR + "/plans/national");
        browser.open("/planning/" + OTHER_YEAR).screenshots("planning-cycle-plans");
    }

    private List<String> errorLinks() {
        return browser.findAll("[data-test=error-summary] a").stream().map(link -> link.getDomAttribute("href")).toList();
    }

    private List<String> titles(int year, Party owner) {
        return activities.page(year, owner, PageRequest.of(0, 100)).stream().map(ActivityEntry::titleEn).toList();
    }

    private ActivityEntry entry(int year, Party owner) {
        return activities.page(year, owner, PageRequest.of(0, 1)).getContent().get(0);
    }

    private static ActivityDetails details(String titleEn, String section) {
        return PlanningForms.details(titleEn, section);
    }

    /** Cyrillic is allowed only in the language switch's own name for Bulgarian. */
    private static boolean englishOnly(String text) {
        return !CYRILLIC.matcher(text.replace("Български", "")).find();
    }
}
