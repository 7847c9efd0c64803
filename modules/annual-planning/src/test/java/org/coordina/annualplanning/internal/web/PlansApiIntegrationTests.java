package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.annualplanning.internal.web.PlanningApi.CYCLES;
import static org.coordina.annualplanning.internal.web.PlanningApi.admin;
import static org.coordina.annualplanning.internal.web.PlanningApi.plan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /api/v1/planning-cycles/{year}/plans}: the plans of a cycle for every caller, the whole workflow of a
 * local and of the national plan, every illegal transition, concurrency headers and the history. One open cycle
 * serves the local plans (a fresh commission per test); the national plan's tests open cycles of their own.
 */
@ModuleApiTest
class PlansApiIntegrationTests {

    /** This class's years: 2080 to 2084. */
    private static final AtomicInteger YEARS = new AtomicInteger(2080);

    private static Integer year;

    static final Set<Caller> PLANNING_USERS = PlanningCyclesApiIntegrationTests.PLANNING_USERS;

    static final Set<Caller> NATIONAL_STAFF = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    PlanningApi api;

    @BeforeEach
    void setUp() throws Exception {
        api = new PlanningApi(mvc, jdbc, events, transactions);
        if (year == null) {
            year = nextYear();
            api.open(year);
        }
    }

    static int nextYear() {
        int next = YEARS.getAndIncrement();
        assertThat(next).as("this class's years").isLessThan(2085);
        return next;
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void nationalStaffAndTheAuditorListEveryPlanAndLocalUsersTheNationalOneAndTheirOwn(Caller caller) throws Exception {
        var own = api.establish("Listovo");
        var other = api.establish("Drugovo");
        api.addActivity(year, own);
        var result = mvc.perform(get(CYCLES + "/" + year + "/plans").param("size", "500").with(caller.on(own)))
                .andExpect(status().is(caller.expect(PLANNING_USERS, 200)));
        if (!PLANNING_USERS.contains(caller)) {
            return;
        }
        result.andExpect(jsonPath("$.content[?(@.owner == 'national')].ownerNameBg").value("Национална комисия"))
                .andExpect(jsonPath("$.content[?(@.owner == 'national')].ownerNameEn").value("National commission"))
                .andExpect(jsonPath("$.content[?(@.owner == 'national')].year").value(year));
        if (Caller.READERS.contains(caller)) {
            result.andExpect(jsonPath("$.content[?(@.owner == '" + own + "')].ownerNameBg").value("МКБТХ Listovo"))
                    .andExpect(jsonPath("$.content[?(@.owner == '" + own + "')].ownerNameEn").value("LCCTHB Listovo"))
                    .andExpect(jsonPath("$.content[?(@.owner == '" + own + "')].status").value("DRAFT"))
                    .andExpect(jsonPath("$.content[?(@.owner == '" + own + "')].activityCount").value(1))
                    .andExpect(jsonPath("$.content[?(@.owner == '" + own + "')].version").value(1));
        }
        else {
            result.andExpect(jsonPath("$.content[*].owner", not(hasItem(own))));
        }
        if (PlanningCyclesApiIntegrationTests.HISTORY_READERS.contains(caller)) {
            result.andExpect(jsonPath("$.content[?(@.owner == '" + other + "')].activityCount").value(0));
        }
        else {
            result.andExpect(jsonPath("$.content[*].owner", not(hasItem(other))));
        }
        if (caller == Caller.OWN_SECRETARY || caller == Caller.OWN_MEMBER) {
            result.andExpect(jsonPath("$.content[*].owner", containsInAnyOrder("national", own)))
                    .andExpect(jsonPath("$.page.totalElements").value(2));
        }
    }

    @Test
    void thePlansAreSortedByOwnerOrStatusAndNothingElse() throws Exception {
        var code = api.establish();
        api.addActivity(year, code);
        api.submit(year, code);
        var byStatus = mvc.perform(get(CYCLES + "/" + year + "/plans").param("size", "500").param("sort", "status,desc")
                .with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(byStatus, "$.content[0].status")).isEqualTo("SUBMITTED");
        mvc.perform(get(CYCLES + "/" + year + "/plans").param("sort", "activityCount").with(admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(CYCLES + "/" + year + "/plans").param("size", "1").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.page.totalElements", org.hamcrest.Matchers.greaterThan(2)));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void aLocalPlanIsReadByItsCommissionNationalStaffAndTheAuditor(Caller caller) throws Exception {
        var code = api.establish();
        var result = mvc.perform(get(plan(year, code)).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (Caller.READERS.contains(caller)) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.owner").value(code))
                    .andExpect(jsonPath("$.year").value(year))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.returnReasons").doesNotExist());
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theNationalPlanIsReadByEveryPlanningUser(Caller caller) throws Exception {
        var result = mvc.perform(get(plan(year, "national")).with(caller.on("WZZ")))
                .andExpect(status().is(caller.expect(PLANNING_USERS, 200)));
        if (PLANNING_USERS.contains(caller)) {
            result.andExpect(jsonPath("$.owner").value("national"));
        }
    }

    @Test
    void ownersAreReadAsTypedAndAMalformedOneIsABadRequest() throws Exception {
        var code = api.establish();
        mvc.perform(get(plan(year, "NATIONAL")).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("national"));
        mvc.perform(get(plan(year, code.toLowerCase(java.util.Locale.ROOT))).with(TestUsers.as(Role.LOCAL_MEMBER, code)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner").value(code));
        for (String malformed : new String[] { "V4R", "nationalx", "VARNA" }) {
            mvc.perform(get(plan(year, malformed)).with(admin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get(plan(year, "QQQ")).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no plan of 'QQQ' for " + year + "."));
    }

    @Test
    void aLocalPlanGoesThroughTheWholeWorkflow() throws Exception {
        var code = api.establish();
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        var activity = api.addActivity(year, code);
        expect(api.transition(year, code, "submit", secretary, null), 200, "SUBMITTED");
        expect(api.transition(year, code, "return", admin(), "{\"reasons\": \" Add indicators \"}"), 200, "RETURNED");
        mvc.perform(get(plan(year, code)).with(secretary))
                .andExpect(jsonPath("$.returnReasons").value("Add indicators"))
                .andExpect(jsonPath("$.submittedAt").isString());
        var path = PlanningApi.activities(year, code) + "/" + activity;
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, api.etag(path))
                .contentType(MediaType.APPLICATION_JSON)
                .content(PlanningApi.activityJson("II", "Campaign with indicators", null).replace("YEAR", "" + year)))
                .andExpect(status().isOk());
        expect(api.transition(year, code, "submit", secretary, null), 200, "SUBMITTED");
        var approved = api.transition(year, code, "approve", admin(), null);
        expect(approved, 200, "APPROVED");
        assertThat(JsonPath.<String>read(approved.getResponse().getContentAsString(), "$.approvedAt")).isNotNull();
        assertThat(approved.getResponse().getContentAsString()).doesNotContain("returnReasons");
        mvc.perform(post(PlanningApi.activities(year, code)).with(secretary).contentType(MediaType.APPLICATION_JSON)
                .content(PlanningApi.activityJson("II", "Late", null).replace("YEAR", "" + year)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The plan of '" + code + "' for " + year
                        + " is APPROVED; its activities change only while it is DRAFT or RETURNED."));
        expect(api.transition(year, code, "reopen", admin(), "{\"reason\": \"New funding\"}"), 200, "DRAFT");
        api.addActivity(year, code);
        mvc.perform(get(plan(year, code) + "/history").with(TestUsers.as(Role.NATIONAL_EXPERT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type == 'Plan')].action",
                        contains("created", "submitted", "returned", "submitted", "approved", "reopened")))
                .andExpect(jsonPath("$[?(@.type == 'Plan' && @.action == 'returned')].reason").value("Add indicators"))
                .andExpect(jsonPath("$[?(@.type == 'Plan' && @.action == 'reopened')].reason").value("New funding"))
                .andExpect(jsonPath("$[?(@.type == 'Plan' && @.action == 'approved')].changes[?(@.field == 'status')].from")
                        .value("SUBMITTED"))
                .andExpect(jsonPath("$[?(@.type == 'Activity')].action", contains("created", "revised", "created")))
                .andExpect(jsonPath("$[?(@.type == 'Activity' && @.action == 'revised')].changes[*].field",
                        org.hamcrest.Matchers.hasItems("titleBg", "titleEn")))
                .andExpect(jsonPath("$[?(@.type == 'Plan' && @.action == 'submitted')].who",
                        contains("local_secretary." + code.toLowerCase(java.util.Locale.ROOT),
                                "local_secretary." + code.toLowerCase(java.util.Locale.ROOT))));
    }

    @Test
    void theNationalPlanIsWrittenByNationalStaffAndApprovedByTheAdmin() throws Exception {
        int own = nextYear();
        api.open(own);
        var expert = TestUsers.as(Role.NATIONAL_EXPERT);
        api.addActivity(own, "national", expert, PlanningApi.activityJson("IV", "Hotline", null));
        expect(api.transition(own, "national", "submit", TestUsers.as(Role.LOCAL_SECRETARY, "WZZ"), null), 403, null);
        expect(api.transition(own, "national", "submit", expert, null), 200, "SUBMITTED");
        expect(api.transition(own, "national", "approve", expert, null), 403, null);
        expect(api.transition(own, "national", "approve", admin(), null), 200, "APPROVED");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheCommissionsOwnSecretarySubmitsItsPlan(Caller caller) throws Exception {
        var code = api.establish();
        api.addActivity(year, code);
        var result = api.transition(year, code, "submit", caller.on(code), null);
        expect(result, caller.expect(Caller.OWN_SECRETARY_ONLY, 200), caller == Caller.OWN_SECRETARY ? "SUBMITTED" : null);
        if (caller != Caller.OWN_SECRETARY) {
            assertThat(api.<String>value(plan(year, code), "$.status")).isEqualTo("DRAFT");
            assertThat(api.etag(plan(year, code))).isEqualTo("\"1\"");
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdminReturnsApprovesAndReopens(Caller caller) throws Exception {
        var code = api.establish();
        api.addActivity(year, code);
        api.submit(year, code);
        int expected = caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200);
        expect(api.transition(year, code, "return", caller.on(code), "{\"reasons\": \"Incomplete\"}"), expected,
                expected == 200 ? "RETURNED" : null);
        if (expected != 200) {
            assertThat(api.<String>value(plan(year, code), "$.status")).isEqualTo("SUBMITTED");
            expect(api.transition(year, code, "approve", caller.on(code), null), expected, null);
            assertThat(api.<String>value(plan(year, code), "$.status")).isEqualTo("SUBMITTED");
            api.approve(year, code);
            expect(api.transition(year, code, "reopen", caller.on(code), "{\"reason\": \"Change\"}"), expected, null);
            assertThat(api.<String>value(plan(year, code), "$.status")).isEqualTo("APPROVED");
        }
        else {
            api.submit(year, code);
            expect(api.transition(year, code, "approve", caller.on(code), null), 200, "APPROVED");
            expect(api.transition(year, code, "reopen", caller.on(code), "{\"reason\": \"Change\"}"), 200, "DRAFT");
        }
    }

    @Test
    void everyIllegalTransitionIsAConflictNamingTheCurrentState() throws Exception {
        var code = api.establish();
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        expect(api.transition(year, code, "submit", secretary, null), 422, null);
        api.addActivity(year, code);
        conflict(api.transition(year, code, "return", admin(), "{\"reasons\": \"x\"}"), code, "DRAFT");
        conflict(api.transition(year, code, "approve", admin(), null), code, "DRAFT");
        conflict(api.transition(year, code, "reopen", admin(), "{\"reason\": \"x\"}"), code, "DRAFT");
        api.submit(year, code);
        conflict(api.transition(year, code, "submit", secretary, null), code, "SUBMITTED");
        conflict(api.transition(year, code, "reopen", admin(), "{\"reason\": \"x\"}"), code, "SUBMITTED");
        var activities = PlanningApi.activities(year, code);
        mvc.perform(post(activities).with(secretary).contentType(MediaType.APPLICATION_JSON)
                .content(PlanningApi.activityJson("II", "Late", null).replace("YEAR", "" + year)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("is SUBMITTED")));
        expect(api.transition(year, code, "return", admin(), "{\"reasons\": \"x\"}"), 200, "RETURNED");
        conflict(api.transition(year, code, "return", admin(), "{\"reasons\": \"x\"}"), code, "RETURNED");
        conflict(api.transition(year, code, "approve", admin(), null), code, "RETURNED");
        conflict(api.transition(year, code, "reopen", admin(), "{\"reason\": \"x\"}"), code, "RETURNED");
        api.submit(year, code);
        api.approve(year, code);
        conflict(api.transition(year, code, "submit", secretary, null), code, "APPROVED");
        conflict(api.transition(year, code, "approve", admin(), null), code, "APPROVED");
        conflict(api.transition(year, code, "return", admin(), "{\"reasons\": \"x\"}"), code, "APPROVED");
        assertThat(api.etag(plan(year, code))).isEqualTo("\"5\"");
        assertThat(api.activityCount(year, code)).isEqualTo(1);
    }

    @Test
    void plansOfADraftCycleDoNotExistYet() throws Exception {
        int draft = nextYear();
        api.draft(draft);
        mvc.perform(get(CYCLES + "/" + draft + "/plans").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(0));
        mvc.perform(get(plan(draft, "national")).with(admin())).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"reasons\": \"   \"}", "{\"reasons\": 42}", "{\"reasons\": \"LONG\"}", "{\"reasons\":" })
    void aReturnNeedsReasonsOfAtMost4000Characters(String body) throws Exception {
        var code = api.establish();
        api.addActivity(year, code);
        api.submit(year, code);
        var result = api.transition(year, code, "return", admin(), body.replace("LONG", "x".repeat(4001)));
        assertThat(result.getResponse().getStatus()).isIn(400, 422);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(api.<String>value(plan(year, code), "$.status")).isEqualTo("SUBMITTED");
        assertThat(api.etag(plan(year, code))).isEqualTo("\"2\"");
    }

    @Test
    void aReopenNeedsAReason() throws Exception {
        var code = api.establish();
        api.addActivity(year, code);
        api.submit(year, code);
        api.approve(year, code);
        expect(api.transition(year, code, "reopen", admin(), "{\"reason\": \"\"}"), 422, null);
        expect(api.transition(year, code, "reopen", admin(), null), 400, null);
        assertThat(api.<String>value(plan(year, code), "$.status")).isEqualTo("APPROVED");
    }

    @Test
    void transitionsWithoutIfMatchAreRefusedWith428AndStaleOnesWith412() throws Exception {
        var code = api.establish();
        api.addActivity(year, code);
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        mvc.perform(post(plan(year, code) + "/submit").with(secretary))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(plan(year, code) + "/submit").with(secretary).header(HttpHeaders.IF_MATCH, "\"7\""))
                .andExpect(status().isPreconditionFailed());
        api.submit(year, code);
        mvc.perform(post(plan(year, code) + "/approve").with(admin())).andExpect(status().isPreconditionRequired());
        mvc.perform(post(plan(year, code) + "/approve").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post(plan(year, code) + "/return").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\": \"x\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(api.<String>value(plan(year, code), "$.status")).isEqualTo("SUBMITTED");
        assertThat(api.etag(plan(year, code))).isEqualTo("\"2\"");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void nationalStaffAndTheAuditorReadAPlansHistory(Caller caller) throws Exception {
        var code = api.establish();
        var result = mvc.perform(get(plan(year, code) + "/history").with(caller.on(code)))
                .andExpect(status().is(caller.expect(PlanningCyclesApiIntegrationTests.HISTORY_READERS, 200)));
        if (PlanningCyclesApiIntegrationTests.HISTORY_READERS.contains(caller)) {
            result.andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].type").value("Plan"))
                    .andExpect(jsonPath("$[0].action").value("created"))
                    .andExpect(jsonPath("$[0].who").value("system"))
                    .andExpect(jsonPath("$[0].changes[0].field").value("status"))
                    .andExpect(jsonPath("$[0].changes[0].from").doesNotExist())
                    .andExpect(jsonPath("$[0].changes[0].to").value("DRAFT"));
        }
    }

    private static void expect(MvcResult result, int status, String planStatus) throws Exception {
        var response = result.getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        if (planStatus != null) {
            assertThat(JsonPath.<String>read(response.getContentAsString(), "$.status")).isEqualTo(planStatus);
            assertThat(response.getHeader(HttpHeaders.ETAG)).isNotNull();
        }
        else {
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    private void conflict(MvcResult result, String code, String state) throws Exception {
        expect(result, 409, null);
        assertThat(JsonPath.<String>read(result.getResponse().getContentAsString(), "$.detail"))
                .isEqualTo("The plan of '" + code + "' for " + year + " is " + state
                        + "; this change is not possible in that state.");
    }
}
