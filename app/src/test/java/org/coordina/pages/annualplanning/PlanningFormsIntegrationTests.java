package org.coordina.pages.annualplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Supplier;

import org.coordina.annualplanning.internal.ActivityDirectory;
import org.coordina.annualplanning.internal.ActivityEntry;
import org.coordina.annualplanning.internal.ActivityPlanning;
import org.coordina.annualplanning.internal.PlanningCycles;
import org.coordina.annualplanning.internal.Plans;
import org.coordina.pages.BrowserTest;
import org.coordina.sharedkernel.domain.Party;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The planning pages' forms as plain posts (no JavaScript) and as htmx requests, in the browser tests' application:
 * a plain post redirects, an htmx one answers the plan's table alone, invalid or stale input writes nothing, a change
 * to another commission's plan is refused before its form is read. The plan used is PAZ's of the second year.
 */
@BrowserTest
class PlanningFormsIntegrationTests {

    private static final int YEAR = PlanningForms.OTHER_YEAR;

    private static final Party PAZ = Party.parse("PAZ");

    private static final String PLAN = "/planning/" + YEAR + "/plans/PAZ";

    /** A draft cycle of its own for the cycle's forms. */
    private static final int DRAFT_YEAR = 2095;

    @Autowired
    WebApplicationContext context;

    @Autowired
    PlanningCycles cycles;

    @Autowired
    Plans plans;

    @Autowired
    ActivityPlanning planning;

    @Autowired
    ActivityDirectory activities;

    MockMvc mvc;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        PlanningForms.ensureOtherYear(cycles, plans, planning);
        if (!cycles.exists(DRAFT_YEAR)) {
            cycles.draft(DRAFT_YEAR, null, null);
        }
    }

    @Test
    void aPlainPostAddsEditsAndRemovesAnActivityAndRedirects() throws Exception {
        var secretary = signIn("secretary.paz");
        mvc.perform(as(secretary, post(PLAN + "/activities")).param("sectionCode", "III").param("titleBg", "Обучение")
                .param("titleEn", "Plain training").param("version", "0"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(PLAN + "?added"));
        var added = entry("Plain training");

        mvc.perform(as(secretary, get(PLAN + "/activities/" + added.id() + "/edit")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-test=\"edit-row\"")))
                .andExpect(content().string(Matchers.containsString("<html")));
        mvc.perform(as(secretary, post(PLAN + "/activities/" + added.id())).param("sectionCode", "III")
                .param("titleBg", "Обучение").param("titleEn", "Plain training, revised")
                .param("version", String.valueOf(added.version())))
                .andExpect(status().isFound()).andExpect(redirectedUrl(PLAN + "?saved"));
        var revised = entry("Plain training, revised");

        mvc.perform(as(secretary, post(PLAN + "/activities/" + added.id() + "/remove"))
                .param("version", String.valueOf(revised.version())))
                .andExpect(status().isFound()).andExpect(redirectedUrl(PLAN + "?removed"));
        assertThat(titles()).doesNotContain("Plain training, revised");
    }

    @Test
    void anHtmxPostAnswersThePlansTableAlone() throws Exception {
        var secretary = signIn("secretary.paz");
        mvc.perform(as(secretary, post(PLAN + "/activities")).header("HX-Request", "true").param("sectionCode", "II")
                .param("titleBg", "Кампания").param("titleEn", "Htmx campaign").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("<div id=\"activities\"")))
                .andExpect(content().string(Matchers.containsString("data-activity=\"Htmx campaign\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        var added = entry("Htmx campaign");
        mvc.perform(as(secretary, get(PLAN + "/activities/" + added.id() + "/edit")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.startsWith("<div id=\"activities\"")))
                .andExpect(content().string(Matchers.containsString("data-test=\"edit-row\"")));
    }

    @Test
    void invalidOrStaleActivitiesWriteNothing() throws Exception {
        var secretary = signIn("secretary.paz");
        planning.add(YEAR, PAZ, PlanningForms.details("Kept as it is", "II"));
        var before = titles();
        mvc.perform(as(secretary, post(PLAN + "/activities")).param("titleBg", " ").param("titleEn", "x".repeat(301))
                .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#titleBg\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#titleEn\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#sectionCode\"")));
        mvc.perform(as(secretary, post(PLAN + "/activities")).param("sectionCode", "IX").param("titleBg", "Б")
                .param("titleEn", "Unknown section").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("govuk-error-summary")));
        var kept = entry("Kept as it is");
        mvc.perform(as(secretary, post(PLAN + "/activities/" + kept.id())).param("sectionCode", "II")
                .param("titleBg", "Б").param("titleEn", "Overwritten").param("version", String.valueOf(kept.version() - 1)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-test=\"stale\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Kept as it is\"")));
        assertThat(titles()).isEqualTo(before);
    }

    @Test
    void withoutJavaScriptTheIndicatorButtonsAnswerTheFormAndSavingKeepsEveryField() throws Exception {
        var secretary = signIn("secretary.paz");
        planning.add(YEAR, PAZ, PlanningForms.details("Indicators by plain post", "II"));
        var row = entry("Indicators by plain post");
        var edit = PLAN + "/activities/" + row.id();
        // The fields every post of the row's form carries; each post below adds what it tries.
        Supplier<MockHttpServletRequestBuilder> saving = () -> as(secretary, post(edit)).param("sectionCode", "II")
                .param("titleBg", "Б").param("titleEn", "Indicators by plain post")
                .param("version", String.valueOf(row.version()));
        mvc.perform(saving.get()
                .param("addIndicator", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"indicators[0].nameBg\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("govuk-error-summary"))));
        mvc.perform(saving.get()
                .param("indicators[0].nameBg", "Х").param("indicators[0].nameEn", "Kept")
                .param("indicators[0].unit", "u").param("indicators[0].baseline", "0")
                .param("indicators[0].target", "5").param("indicators[0].kind", "INCREMENTAL")
                .param("removeIndicator", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("indicators[0].nameBg"))));
        assertThat(entry("Indicators by plain post").version()).isEqualTo(row.version());

        mvc.perform(saving.get()
                .param("indicators[0].nameBg", "Х").param("indicators[0].nameEn", "Kept")
                .param("indicators[0].unit", "u").param("indicators[0].baseline", "1.5")
                .param("indicators[0].target", "5").param("indicators[0].kind", "SOMETIMES")
                .param("financingAmount", "12.345").param("financingCurrency", "euro")
                .param("startsDay", "x").param("startsMonth", "2").param("startsYear", String.valueOf(YEAR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#indicators[0].kind\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#financingAmount\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#financingCurrency\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#startsDay\"")));
        mvc.perform(saving.get()
                .param("plannedQuarters", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#plannedQuarters\"")));
        mvc.perform(saving.get()
                .param("startsDay", "31").param("startsMonth", "2").param("startsYear", String.valueOf(YEAR))
                .param("deadlineDay", "1").param("deadlineMonth", "1").param("deadlineYear", String.valueOf(YEAR + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#startsDay\"")));
        mvc.perform(saving.get()
                .param("startsDay", "1").param("startsMonth", "1").param("startsYear", String.valueOf(YEAR - 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#startsDay\"")));
        mvc.perform(saving.get()
                .param("deadlineDay", "1").param("deadlineMonth", "1").param("deadlineYear", String.valueOf(YEAR + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#deadlineDay\"")));
        assertThat(entry("Indicators by plain post").version()).isEqualTo(row.version());

        mvc.perform(saving.get()
                .param("indicators[0].nameBg", "Х").param("indicators[0].nameEn", "Kept")
                .param("indicators[0].unit", "u").param("indicators[0].baseline", "-1,5")
                .param("indicators[0].target", "5").param("indicators[0].kind", "INCREMENTAL")
                .param("partners", "NGO one\n\nNGO two").param("expectedOutcomes", "Outcome")
                .param("plannedQuarters", "3").param("plannedQuarters", "1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(PLAN + "?saved"));
        var saved = planning.find(YEAR, PAZ, row.id());
        assertThat(saved.getIndicators()).singleElement()
                .satisfies(indicator -> assertThat(indicator.baseline()).isEqualByComparingTo("-1.5"));
        assertThat(saved.getPartners()).containsExactly("NGO one", "NGO two");
        assertThat(saved.getPlannedQuarters()).containsExactly(1, 3);
        assertThat(saved.getExpectedOutcomes()).isEqualTo("Outcome");
    }

    @Test
    void anotherCommissionsSecretaryIsRefusedBeforeTheFormIsRead() throws Exception {
        var other = signIn("secretary.sls");
        var before = titles();
        mvc.perform(as(other, post(PLAN + "/activities")).param("version", "not a number"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("data-test=\"error-403\"")));
        mvc.perform(as(other, post(PLAN + "/submit")).param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(as(signIn("secretary.paz"), post(PLAN + "/approve")).param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(titles()).isEqualTo(before);
    }

    @Test
    void theDraftCyclesFormsValidateAndChangeOnlyAValidVersion() throws Exception {
        var admin = signIn("national.admin");
        var cycle = "/planning/" + DRAFT_YEAR;
        var version = cycles.find(DRAFT_YEAR).getVersion();
        mvc.perform(as(admin, post(cycle + "/deadlines")).param("dueDay", "30").param("dueMonth", "2")
                .param("dueYear", String.valueOf(DRAFT_YEAR)).param("approvalDay", "x").param("approvalMonth", "3")
                .param("approvalYear", String.valueOf(DRAFT_YEAR)).param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("href=\"#approvalDay\"")));
        mvc.perform(as(admin, post(cycle + "/sections")).param("code", "viii").param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("href=\"#code\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#titleBg\"")));
        assertThat(cycles.find(DRAFT_YEAR).getVersion()).isEqualTo(version);

        mvc.perform(as(admin, post(cycle + "/sections")).param("code", "VIII").param("titleBg", "Осми раздел")
                .param("titleEn", "Eighth section").param("strategicObjectiveBg", "Цел").param("strategicObjectiveEn", "Goal")
                .param("version", String.valueOf(version)))
                .andExpect(status().isFound()).andExpect(redirectedUrl(cycle + "?saved"));
        mvc.perform(as(admin, post(cycle + "/deadlines")).param("dueDay", "15").param("dueMonth", "2")
                .param("dueYear", String.valueOf(DRAFT_YEAR)).param("approvalDay", "1").param("approvalMonth", "3")
                .param("approvalYear", String.valueOf(DRAFT_YEAR)).param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-test=\"stale\"")));
        var revised = cycles.find(DRAFT_YEAR);
        assertThat(revised.getSections()).extracting(section -> section.code()).contains("VIII");
        assertThat(revised.getPlanSubmissionDue().getDayOfMonth()).isEqualTo(31);

        mvc.perform(as(admin, post(cycle + "/sections/VIII/remove")).param("version", String.valueOf(revised.getVersion())))
                .andExpect(status().isFound());
        assertThat(cycles.find(DRAFT_YEAR).getSections()).extracting(section -> section.code()).doesNotContain("VIII");
        mvc.perform(as(signIn("national.expert"), post(cycle + "/open")).param("version", "0"))
                .andExpect(status().isForbidden());
    }

    /** Signs in through the sign-in form, retrying while the demo account may still be on its way. */
    private MockHttpSession signIn(String username) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            var result = mvc.perform(formLogin().user(username).password("demo")).andReturn();
            var location = result.getResponse().getRedirectedUrl();
            if (location != null && !location.contains("/login")) {
                return (MockHttpSession) result.getRequest().getSession();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(username + " cannot sign in");
    }

    private static MockHttpServletRequestBuilder as(MockHttpSession session, MockHttpServletRequestBuilder request) {
        return request.session(session).with(csrf());
    }

    private List<String> titles() {
        return activities.page(YEAR, PAZ, PageRequest.of(0, 100)).stream().map(ActivityEntry::titleEn).toList();
    }

    private ActivityEntry entry(String titleEn) {
        return activities.page(YEAR, PAZ, PageRequest.of(0, 100)).stream()
                .filter(entry -> entry.titleEn().equals(titleEn)).findFirst().orElseThrow();
    }
}
