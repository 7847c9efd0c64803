package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.annualplanning.internal.web.PlanningApi.activities;
import static org.coordina.annualplanning.internal.web.PlanningApi.activityJson;
import static org.coordina.annualplanning.internal.web.PlanningApi.admin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code …/plans/{owner}/activities}: every endpoint for every caller, the latest reported status in the list,
 * concurrency headers, bad input and the history. One open cycle, a fresh commission per test.
 */
@ModuleApiTest
class ActivitiesApiIntegrationTests {

    /** This class's years: 2085 to 2089. */
    private static final AtomicInteger YEARS = new AtomicInteger(2085);

    private static Integer year;

    /** An activity of the national plan that local activities may serve. */
    private static String national;

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
            year = YEARS.getAndIncrement();
            api.open(year);
            national = api.addActivity(year, "national", admin(), activityJson("II", "National campaign", null));
        }
    }

    private String json(String section, String title, String serves) {
        return activityJson(section, title, serves).replace("YEAR", String.valueOf(year));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void thoseWhoReadAPlanListItsActivities(Caller caller) throws Exception {
        var code = api.establish();
        var id = api.addActivity(year, code, TestUsers.as(Role.LOCAL_SECRETARY, code), json("IV", "Shelter", national));
        var result = mvc.perform(get(activities(year, code)).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (Caller.READERS.contains(caller)) {
            result.andExpect(jsonPath("$.content.length()").value(1))
                    .andExpect(jsonPath("$.content[0].id").value(id))
                    .andExpect(jsonPath("$.content[0].sectionCode").value("IV"))
                    .andExpect(jsonPath("$.content[0].titleBg").value("Кампания Shelter"))
                    .andExpect(jsonPath("$.content[0].titleEn").value("Shelter"))
                    .andExpect(jsonPath("$.content[0].servesActivityId").value(national))
                    .andExpect(jsonPath("$.content[0].origin").value("MANUAL"))
                    .andExpect(jsonPath("$.content[0].status").value("NOT_STARTED"))
                    .andExpect(jsonPath("$.content[0].version").value(1))
                    .andExpect(jsonPath("$.page.totalElements").value(1));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Caller.class, names = { "OTHER_SECRETARY", "OWN_MEMBER", "AUDITOR", "INTEGRATOR", "NATIONAL_EXPERT" })
    void whoMayNotChangeALocalPlanGets403WhateverItSendsAndNothingIsWritten(Caller caller) throws Exception {
        var code = api.establish();
        var id = api.addActivity(year, code, TestUsers.as(Role.LOCAL_SECRETARY, code), json("IV", "Kept", null));

        mvc.perform(post(activities(year, code)).with(caller.on(code)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleBg\": ")).andExpect(status().isForbidden());
        mvc.perform(put(activities(year, code) + "/" + id).with(caller.on(code)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(post(PlanController.PATH.replace("{year}", String.valueOf(year)) + "/" + code + "/submit")
                .with(caller.on(code))).andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT count(*) FROM annualplanning.activity WHERE owner = ?").param(code)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theListIsSortedBySectionOrTitleAndPaged() throws Exception {
        var code = api.establish();
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        api.addActivity(year, code, secretary, json("IV", "Beta", null));
        api.addActivity(year, code, secretary, json("II", "Gamma", null));
        api.addActivity(year, code, secretary, json("III", "Alpha", null));
        mvc.perform(get(activities(year, code)).with(secretary))
                .andExpect(jsonPath("$.content[*].sectionCode", contains("II", "III", "IV")));
        mvc.perform(get(activities(year, code)).param("sort", "titleEn").with(secretary))
                .andExpect(jsonPath("$.content[*].titleEn", contains("Alpha", "Beta", "Gamma")));
        mvc.perform(get(activities(year, code)).param("sort", "titleBg,desc").with(secretary))
                .andExpect(jsonPath("$.content[*].titleEn", contains("Gamma", "Beta", "Alpha")));
        mvc.perform(get(activities(year, code)).param("sort", "section,desc").param("size", "2").with(secretary))
                .andExpect(jsonPath("$.content[*].sectionCode", contains("IV", "III")))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.page.totalPages").value(2));
        mvc.perform(get(activities(year, code)).param("sort", "deadline").with(secretary))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anActivitysStatusIsThatOfItsLatestReportedQuarter() throws Exception {
        var code = api.establish();
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        var reported = api.addActivity(year, code, secretary, json("II", "Reported", null));
        var twice = api.addActivity(year, code, secretary, json("III", "Twice", null));
        api.addActivity(year, code, secretary, json("IV", "Silent", null));
        var planId = api.<String>value(PlanningApi.plan(year, code), "$.id");
        var q1 = report(planId, code, 1);
        var q2 = report(planId, code, 2);
        progress(q1, reported, code, 1, "IN_PROGRESS");
        progress(q2, twice, code, 2, "COMPLETED");
        progress(q1, twice, code, 1, "POSTPONED");
        mvc.perform(get(activities(year, code)).with(secretary))
                .andExpect(jsonPath("$.content[*].status", contains("IN_PROGRESS", "COMPLETED", "NOT_STARTED")));
    }

    @Test
    void aPlanWithoutActivitiesListsNoneAndAnUnknownPlanIsNotFound() throws Exception {
        var code = api.establish();
        mvc.perform(get(activities(year, code)).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get(activities(year, "QQQ")).with(admin())).andExpect(status().isNotFound());
        mvc.perform(get(activities(PlanningApi.UNUSED_YEAR, "national")).with(admin())).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheCommissionsOwnSecretaryAddsActivitiesToItsPlan(Caller caller) throws Exception {
        var code = api.establish();
        var result = mvc.perform(post(activities(year, code)).with(caller.on(code)).contentType(MediaType.APPLICATION_JSON)
                .content(json("II", "Campaign", null)))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 201)));
        if (caller == Caller.OWN_SECRETARY) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith(activities(year, code) + "/")))
                    .andExpect(jsonPath("$.owner").value(code))
                    .andExpect(jsonPath("$.year").value(year))
                    .andExpect(jsonPath("$.sectionCode").value("II"))
                    .andExpect(jsonPath("$.responsible", contains("Municipality")))
                    .andExpect(jsonPath("$.financing.amount").value(1000.0))
                    .andExpect(jsonPath("$.financing.currency").value("BGN"))
                    .andExpect(jsonPath("$.startsOn").value(year + "-04-01"))
                    .andExpect(jsonPath("$.plannedQuarters", contains(2, 4)))
                    .andExpect(jsonPath("$.indicators[0].id").isString())
                    .andExpect(jsonPath("$.indicators[0].kind").value("INCREMENTAL"))
                    .andExpect(jsonPath("$.origin").value("MANUAL"));
            assertThat(api.activityCount(year, code)).isEqualTo(1);
        }
        else {
            assertThat(api.activityCount(year, code)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void nationalStaffAddActivitiesToTheNationalPlan(Caller caller) throws Exception {
        long before = api.activityCount(year, "national");
        mvc.perform(post(activities(year, "national")).with(caller.on("WZZ")).contentType(MediaType.APPLICATION_JSON)
                .content(json("VI", "Cooperation", null)))
                .andExpect(status().is(caller.expect(PlansApiIntegrationTests.NATIONAL_STAFF, 201)));
        assertThat(api.activityCount(year, "national"))
                .isEqualTo(before + (PlansApiIntegrationTests.NATIONAL_STAFF.contains(caller) ? 1 : 0));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void anActivityIsReadByThoseWhoReadItsPlanWithItsEtag(Caller caller) throws Exception {
        var code = api.establish();
        var id = api.addActivity(year, code);
        var result = mvc.perform(get(activities(year, code) + "/" + id).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (Caller.READERS.contains(caller)) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"1\"")).andExpect(jsonPath("$.id").value(id));
        }
    }

    @Test
    void anActivityIsFoundOnlyInItsOwnPlan() throws Exception {
        var code = api.establish();
        var id = api.addActivity(year, code);
        mvc.perform(get(activities(year, "national") + "/" + id).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(activities(year, code) + "/" + UUID.randomUUID()).with(admin())).andExpect(status().isNotFound());
        mvc.perform(get(activities(year, code) + "/not-a-uuid").with(admin())).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheCommissionsOwnSecretaryRevisesItsActivities(Caller caller) throws Exception {
        var code = api.establish();
        var id = api.addActivity(year, code);
        var path = activities(year, code) + "/" + id;
        var result = mvc.perform(put(path).with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(json("III", "Training", national)))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        if (caller == Caller.OWN_SECRETARY) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                    .andExpect(jsonPath("$.sectionCode").value("III"))
                    .andExpect(jsonPath("$.titleEn").value("Training"))
                    .andExpect(jsonPath("$.servesActivityId").value(national));
        }
        else {
            assertThat(api.etag(path)).isEqualTo("\"1\"");
            assertThat(api.<String>value(path, "$.titleEn")).isEqualTo("Campaign");
        }
    }

    @Test
    void aRevisionKeepsTheIndicatorsItNamesAndChangesNothingWhenNothingChanged() throws Exception {
        var code = api.establish();
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        var id = api.addActivity(year, code);
        var path = activities(year, code) + "/" + id;
        var indicator = api.<String>value(path, "$.indicators[0].id");
        var same = json("II", "Campaign", null).replace("\"indicators\": [{", "\"indicators\": [{\"id\": \"" + indicator + "\", ");
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(same.replace("\"target\": 100", "\"target\": 100.00").replace("\"baseline\": 0", "\"baseline\": 0.00")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(same.replace("\"target\": 100", "\"target\": 150.00").replace("\"baseline\": 0", "\"baseline\": 0.00")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.indicators[0].id").value(indicator))
                .andExpect(jsonPath("$.indicators[0].target").value(150.0));
        mvc.perform(get(path + "/history").with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", contains("created", "revised")))
                .andExpect(jsonPath("$[1].changes[*].field", contains("indicators")))
                .andExpect(jsonPath("$[1].who").value("local_secretary." + code.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void revisionsWithoutIfMatchAreRefusedWith428AndStaleOnesWith412() throws Exception {
        var code = api.establish();
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        var id = api.addActivity(year, code);
        var path = activities(year, code) + "/" + id;
        mvc.perform(put(path).with(secretary).contentType(MediaType.APPLICATION_JSON).content(json("III", "Other", null)))
                .andExpect(status().isPreconditionRequired());
        for (String stale : new String[] { "\"0\"", "\"2\"", "*" }) {
            mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, stale).contentType(MediaType.APPLICATION_JSON)
                    .content(json("III", "Other", null)))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(api.<String>value(path, "$.titleEn")).isEqualTo("Campaign");
        assertThat(api.etag(path)).isEqualTo("\"1\"");
    }

    @Test
    void aNationalActivityServesNothingAndALocalOneServesOnlyANationalActivityOfItsYear() throws Exception {
        var code = api.establish();
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        var local = api.addActivity(year, code);
        mvc.perform(post(activities(year, "national")).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json("II", "Serving", national)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Only a local activity can serve a national activity."));
        mvc.perform(post(activities(year, code)).with(secretary).contentType(MediaType.APPLICATION_JSON)
                .content(json("II", "Serving", local)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(local + " is not an activity of the national plan for " + year + "."));
        assertThat(api.activityCount(year, code)).isEqualTo(1);
    }

    static Stream<Arguments> badActivities() {
        var valid = activityJson("II", "Campaign", null);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"titleBg\": ", 400, null),
                Arguments.of("not an object", "[]", 400, null),
                Arguments.of("no fields", "{}", 422, "titleBg"),
                Arguments.of("missing section", valid.replace("\"sectionCode\": \"II\",", ""), 422, "sectionCode"),
                Arguments.of("blank title", valid.replace("\"titleEn\": \"Campaign\"", "\"titleEn\": \" \""), 422, "titleEn"),
                Arguments.of("oversized title", valid.replace("\"titleEn\": \"Campaign\"",
                        "\"titleEn\": \"" + "x".repeat(301) + "\""), 422, "titleEn"),
                Arguments.of("oversized description", valid.replace("Around 18 October", "x".repeat(4001)), 422,
                        "description"),
                Arguments.of("oversized responsible", valid.replace("\"Municipality\"", "\"" + "x".repeat(301) + "\""), 422,
                        "responsible[0]"),
                Arguments.of("title as a number", valid.replace("\"titleEn\": \"Campaign\"", "\"titleEn\": 42"), 400,
                        "titleEn"),
                Arguments.of("date as a number", valid.replace("\"YEAR-04-01\"", "20"), 400, "startsOn"),
                Arguments.of("serves a non-uuid", valid.replace("\"servesActivityId\": null", "\"servesActivityId\": \"x\""),
                        400, "servesActivityId"),
                Arguments.of("unknown indicator kind", valid.replace("INCREMENTAL", "SOMETIMES"), 400, null),
                Arguments.of("quarter 5", valid.replace("[4, 2]", "[5]"), 422, "plannedQuarters[0]"),
                Arguments.of("negative amount", valid.replace("1000.00", "-1"), 422, "financing.amount"),
                Arguments.of("bad currency", valid.replace("\"BGN\"", "\"leva\""), 422, "financing.currency"),
                Arguments.of("negative target", valid.replace("\"target\": 100", "\"target\": -1"), 422,
                        "indicators[0].target"),
                Arguments.of("indicator without unit", valid.replace("\"unit\": \"people\",", ""), 422, "indicators[0].unit"),
                Arguments.of("unknown section", valid.replace("\"sectionCode\": \"II\"", "\"sectionCode\": \"IX\""), 422,
                        null),
                Arguments.of("unknown objective", valid.replace("\"sectionCode\": \"II\"",
                        "\"sectionCode\": \"II\", \"objectiveCode\": \"II.9\""), 422, null),
                Arguments.of("deadline before start", valid.replace("YEAR-10-31", "YEAR-03-31"), 422, null),
                Arguments.of("outside the year", valid.replace("YEAR-10-31", "2001-10-31"), 422, null),
                Arguments.of("serves an unknown activity", valid.replace("\"servesActivityId\": null",
                        "\"servesActivityId\": \"" + UUID.randomUUID() + "\""), 422, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badActivities")
    void badInputIsRefusedAndNothingIsWritten(String what, String json, int status, String field) throws Exception {
        var code = api.establish();
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        var body = json.replace("YEAR", String.valueOf(year));
        var result = mvc.perform(post(activities(year, code)).with(secretary).contentType(MediaType.APPLICATION_JSON)
                .content(body))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(api.activityCount(year, code)).isZero();
        var id = api.addActivity(year, code);
        var path = activities(year, code) + "/" + id;
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(body))
                .andExpect(status().is(status));
        assertThat(api.etag(path)).isEqualTo("\"1\"");
        assertThat(api.<String>value(path, "$.titleEn")).isEqualTo("Campaign");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void nationalStaffAndTheAuditorReadAnActivitysHistory(Caller caller) throws Exception {
        var code = api.establish();
        var id = api.addActivity(year, code);
        var result = mvc.perform(get(activities(year, code) + "/" + id + "/history").with(caller.on(code)))
                .andExpect(status().is(caller.expect(PlanningCyclesApiIntegrationTests.HISTORY_READERS, 200)));
        if (PlanningCyclesApiIntegrationTests.HISTORY_READERS.contains(caller)) {
            result.andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].type").value("Activity"))
                    .andExpect(jsonPath("$[0].id").value(id))
                    .andExpect(jsonPath("$[0].version").value(1))
                    .andExpect(jsonPath("$[0].changes[?(@.field == 'titleEn')].to").value("Campaign"))
                    .andExpect(jsonPath("$[0].changes[?(@.field == 'sectionCode')].to").value("II"));
        }
    }

    private String report(String planId, String code, int quarter) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO annualplanning.quarterly_report (id, plan_id, cycle_year, owner, quarter, status, due_on, version,
                    created_by, created_at, last_modified_by, last_modified_at)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, 1, 'test', ?, 'test', ?)
                """).params(id, UUID.fromString(planId), year, code, quarter, LocalDate.of(year, quarter * 3, 28),
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now())).update();
        return id.toString();
    }

    private void progress(String reportId, String activityId, String code, int quarter, String status) {
        jdbc.sql("""
                INSERT INTO annualplanning.activity_progress (id, report_id, activity_id, cycle_year, owner, quarter, status,
                    evidence, version, created_by, created_at, last_modified_by, last_modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, '{}', 1, 'test', ?, 'test', ?)
                """).params(UUID.randomUUID(), UUID.fromString(reportId), UUID.fromString(activityId), year, code, quarter,
                status, Timestamp.from(Instant.now()), Timestamp.from(Instant.now())).update();
    }
}
