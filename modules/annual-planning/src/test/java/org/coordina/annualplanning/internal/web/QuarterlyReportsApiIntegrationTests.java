package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.coordina.annualplanning.internal.Activity;
import org.coordina.annualplanning.internal.IndicatorKind;
import org.coordina.annualplanning.internal.ReportingFixture;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.coordina.testsupport.MutableClock;

/**
 * {@code /api/v1/planning-cycles/{year}/plans/{owner}/quarters}: the reporting workflow through HTTP, every
 * illegal transition, every caller, concurrency headers and bad input. One cycle (2050), a commission per test.
 */
@ModuleApiTest
class QuarterlyReportsApiIntegrationTests {

    static final int YEAR = 2050;

    private static final AtomicInteger CODES = new AtomicInteger();

    private static boolean cycleOpened;

    static final RequestPostProcessor ADMIN = TestUsers.as(Role.NATIONAL_ADMIN);

    static final RequestPostProcessor AUDITOR = TestUsers.as(Role.AUDITOR);

    @TestConfiguration
    static class ControllableClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2050-01-10T10:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    ReportingFixture fixture;

    String code;

    RequestPostProcessor secretary;

    Activity activity;

    @BeforeEach
    void setUp() {
        fixture = new ReportingFixture(context);
        clock.setDay(YEAR, 1, 10);
        if (!cycleOpened) {
            fixture.openCycle(YEAR);
            cycleOpened = true;
        }
    }

    @Test
    void aSecretaryReportsProgressAndSubmitsTheNationalAdministratorReturnsAcceptsAndReopens(Scenario scenario)
            throws Exception {
        approvedPlan(scenario);
        clock.setDay(YEAR, 5, 20);
        mvc.perform(get(quarters()).with(secretary)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].quarter").value(org.hamcrest.Matchers.contains(1, 2, 3, 4)))
                .andExpect(jsonPath("$[*].status").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("DRAFT"))))
                .andExpect(jsonPath("$[0].dueOn").value("2050-04-15"))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[1].overdue").value(false))
                .andExpect(jsonPath("$[1].version").value(1));
        mvc.perform(get(progress(2)).with(secretary)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.version").value(0));
        var indicator = activity.getIndicators().get(0).id();
        reportProgress(2, "0", """
                {"status": "IN_PROGRESS", "narrative": "Two sessions held", "peopleReached": 25,
                 "evidence": ["https://example.org/sessions"], "indicatorValues": [{"indicatorId": "%s", "value": 25}]}
                """.formatted(indicator), secretary)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.peopleReached").value(25))
                .andExpect(jsonPath("$.evidence[0]").value("https://example.org/sessions"))
                .andExpect(jsonPath("$.indicatorValues[0].indicatorId").value(indicator.toString()))
                .andExpect(jsonPath("$.indicatorValues[0].value").value(25.0));
        reportProgress(2, "1", "{\"status\": \"COMPLETED\", \"peopleReached\": 30}", secretary)
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.indicatorValues", hasSize(0)));
        mvc.perform(get(quarter(2)).with(secretary)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.activities", hasSize(2)))
                .andExpect(jsonPath("$.activities[?(@.activityId == '%s')].status".formatted(activity.getId()))
                        .value("COMPLETED"))
                .andExpect(jsonPath("$.activities[?(@.activityId == '%s')].version".formatted(activity.getId()))
                        .value(2));

        transition(2, "submit", "1", null, secretary).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\"")).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedAt").value(clock.instant().toString()));
        transition(2, "return", "2", "{\"comments\": \"Add the evidence of session two\"}", ADMIN)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.comments").value("Add the evidence of session two"));
        reportProgress(2, "2", "{\"status\": \"COMPLETED\", \"peopleReached\": 30, \"evidence\": [\"https://example.org/two\"]}",
                secretary).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"3\""));
        transition(2, "submit", "3", null, secretary).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        transition(2, "accept", "4", null, ADMIN).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"5\"")).andExpect(jsonPath("$.status").value("ACCEPTED"));
        transition(2, "reopen", "5", "{\"reason\": \"Wrong figures\"}", ADMIN).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"6\"")).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.comments").value("Wrong figures"));

        mvc.perform(get(quarter(2) + "/history").with(AUDITOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("created", "created", "reported",
                        "submitted", "returned", "reported", "submitted", "accepted", "reopened")))
                .andExpect(jsonPath("$[4].reason").value("Add the evidence of session two"))
                .andExpect(jsonPath("$[8].reason").value("Wrong figures"))
                .andExpect(jsonPath("$[8].changedBy").value("national_admin"));
    }

    @Test
    void everyIllegalTransitionAnswers409NamingTheCurrentState(Scenario scenario) throws Exception {
        approvedPlan(scenario);
        clock.setDay(YEAR, 5, 20);
        conflict(transition(2, "accept", "1", null, ADMIN), "DRAFT");
        conflict(transition(2, "return", "1", "{\"comments\": \"No\"}", ADMIN), "DRAFT");
        conflict(transition(2, "reopen", "1", "{\"reason\": \"No\"}", ADMIN), "DRAFT");
        transition(2, "submit", "1", null, secretary).andExpect(status().isOk());
        conflict(transition(2, "submit", "2", null, secretary), "SUBMITTED");
        conflict(transition(2, "reopen", "2", "{\"reason\": \"No\"}", ADMIN), "SUBMITTED");
        conflict(reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\"}", secretary), "SUBMITTED");
        transition(2, "accept", "2", null, ADMIN).andExpect(status().isOk());
        conflict(transition(2, "submit", "3", null, secretary), "ACCEPTED");
        conflict(transition(2, "accept", "3", null, ADMIN), "ACCEPTED");
        conflict(transition(2, "return", "3", "{\"comments\": \"No\"}", ADMIN), "ACCEPTED");
        conflict(reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\"}", secretary), "ACCEPTED");
        transition(1, "submit", "1", null, secretary).andExpect(status().isOk());
        transition(1, "return", "2", "{\"comments\": \"Redo\"}", ADMIN).andExpect(status().isOk());
        conflict(transition(1, "accept", "3", null, ADMIN), "RETURNED");
        conflict(transition(1, "return", "3", "{\"comments\": \"Again\"}", ADMIN), "RETURNED");
        conflict(transition(1, "reopen", "3", "{\"reason\": \"Again\"}", ADMIN), "RETURNED");
        // Q3 starts on 1 July: nothing is written into it before.
        conflict(reportProgress(3, "0", "{\"status\": \"IN_PROGRESS\"}", secretary), "2050-07-01");
        conflict(transition(3, "submit", "1", null, secretary), "2050-07-01");
        mvc.perform(get(progress(3)).with(secretary)).andExpect(jsonPath("$.version").value(0));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void readersReadTheOwnSecretaryReportsAndOnlyTheNationalAdministratorDecides(Caller caller, Scenario scenario)
            throws Exception {
        approvedPlan(scenario);
        clock.setDay(YEAR, 5, 20);
        var as = caller.on(code);
        mvc.perform(get(quarters()).with(as)).andExpect(status().is(caller.expect(Caller.READERS, 200)));
        mvc.perform(get(quarter(2)).with(as)).andExpect(status().is(caller.expect(Caller.READERS, 200)));
        mvc.perform(get(progress(2)).with(as)).andExpect(status().is(caller.expect(Caller.READERS, 200)));
        mvc.perform(get(plan() + "/progress?period=H1").with(as)).andExpect(status().is(caller.expect(Caller.READERS, 200)));
        mvc.perform(get(quarter(2) + "/history").with(as)).andExpect(status().is(caller.expect(
                java.util.EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT, Caller.AUDITOR), 200)));
        reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\"}", as)
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        transition(2, "submit", "1", null, as).andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        transition(1, "submit", "1", null, secretary).andExpect(status().isOk());
        if (caller != Caller.OWN_SECRETARY) {
            transition(2, "submit", "1", null, secretary).andExpect(status().isOk());
        }
        transition(2, "accept", "2", null, as).andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200)));
        transition(1, "return", "2", "{\"comments\": \"Redo\"}", as)
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200)));
        if (caller != Caller.NATIONAL_ADMIN) {
            transition(2, "accept", "2", null, ADMIN).andExpect(status().isOk());
        }
        transition(2, "reopen", "3", "{\"reason\": \"Wrong\"}", as)
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200)));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void nationalStaffReportOnTheNationalPlanAndLocalUsersOnlyReadIt(Caller caller) throws Exception {
        clock.setDay(YEAR, 10, 2);
        var national = nationalActivity();
        var allowed = java.util.EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT);
        var readers = java.util.EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT, Caller.AUDITOR,
                Caller.OWN_SECRETARY, Caller.OTHER_SECRETARY, Caller.OWN_MEMBER, Caller.OTHER_MEMBER);
        var path = "/api/v1/planning-cycles/" + YEAR + "/plans/national/quarters/4/activities/" + national.getId();
        var read = mvc.perform(get(path).with(caller.on("QZZ"))).andExpect(status().is(caller.expect(readers, 200)))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        var written = mvc.perform(put(path).with(caller.on("QZZ")).header(HttpHeaders.IF_MATCH, read == null ? "\"0\"" : read)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"IN_PROGRESS\", \"peopleReached\": " + caller.ordinal() + "}"))
                .andExpect(status().is(caller.expect(allowed, 200)));
        if (allowed.contains(caller)) {
            written.andExpect(header().string(HttpHeaders.ETAG,
                    "\"" + (Long.parseLong(read.replace("\"", "")) + 1) + "\""));
        }
    }

    @Test
    void changesNeedTheCurrentVersionInIfMatch(Scenario scenario) throws Exception {
        approvedPlan(scenario);
        clock.setDay(YEAR, 5, 20);
        mvc.perform(put(progress(2)).with(secretary).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"IN_PROGRESS\"}")).andExpect(status().isPreconditionRequired());
        reportProgress(2, "1", "{\"status\": \"IN_PROGRESS\"}", secretary).andExpect(status().isPreconditionFailed());
        reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\"}", secretary).andExpect(status().isOk());
        reportProgress(2, "0", "{\"status\": \"COMPLETED\"}", secretary).andExpect(status().isPreconditionFailed());
        mvc.perform(post(quarter(2) + "/submit").with(secretary)).andExpect(status().isPreconditionRequired());
        transition(2, "submit", "7", null, secretary).andExpect(status().isPreconditionFailed());
        transition(2, "submit", "W/\"x\"", null, secretary).andExpect(status().isPreconditionFailed());
        transition(1, "submit", "1", null, secretary).andExpect(status().isOk());
        mvc.perform(post(quarter(1) + "/accept").with(ADMIN)).andExpect(status().isPreconditionRequired());
        mvc.perform(post(quarter(1) + "/return").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"comments\": \"Redo\"}")).andExpect(status().isPreconditionRequired());
        transition(1, "accept", "1", null, ADMIN).andExpect(status().isPreconditionFailed());
        transition(1, "return", "3", "{\"comments\": \"Redo\"}", ADMIN).andExpect(status().isPreconditionFailed());
        transition(1, "accept", "2", null, ADMIN).andExpect(status().isOk());
        mvc.perform(post(quarter(1) + "/reopen").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Wrong\"}")).andExpect(status().isPreconditionRequired());
        transition(1, "reopen", "2", "{\"reason\": \"Wrong\"}", ADMIN).andExpect(status().isPreconditionFailed());
        mvc.perform(get(quarter(1)).with(secretary)).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""));
        mvc.perform(get(progress(2)).with(secretary)).andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get(quarter(2)).with(secretary)).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten(Scenario scenario) throws Exception {
        approvedPlan(scenario);
        clock.setDay(YEAR, 5, 20);
        reportProgress(2, "0", "{\"status\": ", secretary).andExpect(status().isBadRequest());
        reportProgress(2, "0", "{\"status\": \"DONE\"}", secretary).andExpect(status().isBadRequest());
        reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\", \"peopleReached\": \"many\"}", secretary)
                .andExpect(status().isBadRequest());
        reportProgress(2, "0", "{\"narrative\": \"No status\"}", secretary).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\", \"narrative\": \"" + "x".repeat(4001) + "\"}", secretary)
                .andExpect(status().isUnprocessableContent());
        reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\", \"peopleReached\": -1}", secretary)
                .andExpect(status().isUnprocessableContent());
        reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\", \"evidence\": [\"javascript:alert(1)\"]}", secretary)
                .andExpect(status().isUnprocessableContent());
        reportProgress(2, "0", """
                {"status": "IN_PROGRESS", "indicatorValues": [{"indicatorId": "%s", "value": 3}]}
                """.formatted(UUID.randomUUID()), secretary).andExpect(status().isUnprocessableContent());
        var indicator = activity.getIndicators().get(0).id();
        reportProgress(2, "0", """
                {"status": "IN_PROGRESS", "indicatorValues": [{"indicatorId": "%s", "value": 3.333}]}
                """.formatted(indicator), secretary).andExpect(status().isUnprocessableContent());
        reportProgress(2, "0", """
                {"status": "IN_PROGRESS", "indicatorValues": [{"indicatorId": "%s", "value": 3}, {"indicatorId": "%s", "value": 4}]}
                """.formatted(indicator, indicator), secretary).andExpect(status().isUnprocessableContent());
        mvc.perform(put(plan() + "/quarters/5/activities/" + activity.getId()).with(secretary)
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"IN_PROGRESS\"}")).andExpect(status().isBadRequest());
        mvc.perform(get(plan() + "/quarters/0").with(secretary)).andExpect(status().isBadRequest());
        mvc.perform(get(plan() + "/quarters/x").with(secretary)).andExpect(status().isBadRequest());
        mvc.perform(get(plan() + "/progress?period=Q5").with(secretary)).andExpect(status().isBadRequest());
        mvc.perform(put(plan() + "/quarters/2/activities/" + UUID.randomUUID()).with(secretary)
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"IN_PROGRESS\"}")).andExpect(status().isNotFound());
        transition(2, "submit", "1", null, secretary).andExpect(status().isOk());
        transition(2, "return", "2", "{\"comments\": \"  \"}", ADMIN).andExpect(status().isUnprocessableContent());
        transition(2, "return", "2", "{}", ADMIN).andExpect(status().isUnprocessableContent());
        transition(2, "return", "2", "{\"comments\": ", ADMIN).andExpect(status().isBadRequest());
        transition(2, "return", "2", "{\"comments\": [1]}", ADMIN).andExpect(status().isBadRequest());
        mvc.perform(put(plan() + "/quarters/2/activities/not-a-uuid").with(secretary)
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"IN_PROGRESS\"}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/planning-cycles/" + YEAR + "/plans/not-an-owner/quarters").with(ADMIN))
                .andExpect(status().isBadRequest());
        transition(2, "reopen", "2", "{\"reason\": \"" + "x".repeat(4001) + "\"}", ADMIN)
                .andExpect(status().isUnprocessableContent());

        mvc.perform(get(progress(2)).with(secretary)).andExpect(jsonPath("$.version").value(0));
        mvc.perform(get(quarter(2)).with(secretary)).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(get(quarter(2) + "/history").with(ADMIN)).andExpect(jsonPath("$[*].action")
                .value(org.hamcrest.Matchers.contains("created", "submitted")));
    }

    /**
     * The roll-up against a hand-computed data set. Activity "Campaign": an incremental indicator (target 100)
     * and a cumulative one (target 50); "Training" is never reported.
     * <pre>
     *            status       people  contributed  incremental  cumulative
     *   Q1       IN_PROGRESS  10      -            20           15
     *   Q2       IN_PROGRESS   5      12           30           -
     *   Q3       COMPLETED     7      -            10           40
     *   Q4       -             -       3           -            -
     *   H1       IN_PROGRESS  15      12           50           15 (Q1, the latest with a value)
     *   H2       COMPLETED     7       3           10           40
     *   YEAR     COMPLETED    22      15           60           40
     * </pre>
     */
    @Test
    void theRollupAddsIncrementalIndicatorsTakesTheLatestCumulativeValueAndCountsContributions(Scenario scenario)
            throws Exception {
        int n = CODES.getAndIncrement();
        code = "Q" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
        secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        fixture.establish(scenario, code);
        var owner = new Party(code);
        activity = fixture.add(YEAR, owner, "Campaign",
                ReportingFixture.indicator("Participants", IndicatorKind.INCREMENTAL, "100"),
                ReportingFixture.indicator("Trained trainers", IndicatorKind.CUMULATIVE, "50"));
        var training = fixture.add(YEAR, owner, "Training");
        fixture.approve(YEAR, owner);
        clock.setDay(YEAR, 10, 5);
        var incremental = activity.getIndicators().get(0).id();
        var cumulative = activity.getIndicators().get(1).id();
        reportProgress(1, "0", "{\"status\": \"IN_PROGRESS\", \"peopleReached\": 10, \"indicatorValues\": ["
                + value(incremental, 20) + ", " + value(cumulative, 15) + "]}", secretary).andExpect(status().isOk());
        reportProgress(2, "0", "{\"status\": \"IN_PROGRESS\", \"peopleReached\": 5, \"indicatorValues\": ["
                + value(incremental, 30) + "]}", secretary).andExpect(status().isOk());
        reportProgress(3, "0", "{\"status\": \"COMPLETED\", \"peopleReached\": 7, \"indicatorValues\": ["
                + value(incremental, 10) + ", " + value(cumulative, 40) + "]}", secretary).andExpect(status().isOk());
        fixture.contribute(activity.getId(), LocalDate.of(YEAR, 5, 10), 12);
        fixture.contribute(activity.getId(), LocalDate.of(YEAR, 11, 10), 3);

        expectRollup("Q1", "IN_PROGRESS", 10, 0, 20.0, 15.0);
        expectRollup("Q2", "IN_PROGRESS", 5, 12, 30.0, null);
        expectRollup("Q3", "COMPLETED", 7, 0, 10.0, 40.0);
        expectRollup("Q4", "NOT_STARTED", 0, 3, null, null);
        expectRollup("H1", "IN_PROGRESS", 15, 12, 50.0, 15.0);
        expectRollup("H2", "COMPLETED", 7, 3, 10.0, 40.0);
        expectRollup("YEAR", "COMPLETED", 22, 15, 60.0, 40.0);
        var json = body(mvc.perform(get(plan() + "/progress").with(secretary)).andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("YEAR")).andExpect(jsonPath("$.activities", hasSize(2))));
        var other = "$.activities[?(@.activityId == '%s')]".formatted(training.getId());
        assertThat(JsonPath.<List<Object>>read(json, other + ".status")).containsExactly("NOT_STARTED");
        assertThat(JsonPath.<List<Object>>read(json, other + ".peopleReached")).containsExactly(0);
        assertThat(JsonPath.<List<Object>>read(json, other + ".indicators")).containsExactly(List.of());
    }

    @Test
    void anActivityWithReportedValuesIsRevisedAfterItsPlanIsReopenedAndItsIndicatorsKeepTheirValues(Scenario scenario)
            throws Exception {
        approvedPlan(scenario);
        var participants = activity.getIndicators().get(0).id();
        reportProgress(1, "0", "{\"status\": \"IN_PROGRESS\", \"indicatorValues\": [" + value(participants, 20) + "]}",
                secretary).andExpect(status().isOk());
        fixture.reopen(YEAR, new Party(code), "New funding");

        reviseActivity(activity.getVersion(), "Campaign revised", indicatorJson(participants, "Participants", 150)
                + ", " + indicatorJson(null, "Schools", 12))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + (activity.getVersion() + 1) + "\""))
                .andExpect(jsonPath("$.titleEn").value("Campaign revised"))
                .andExpect(jsonPath("$.indicators.length()").value(2))
                .andExpect(jsonPath("$.indicators[0].id").value(participants.toString()))
                .andExpect(jsonPath("$.indicators[0].target").value(150))
                .andExpect(jsonPath("$.indicators[1].nameEn").value("Schools"));

        mvc.perform(get(progress(1)).with(secretary)).andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatorValues.length()").value(1))
                .andExpect(jsonPath("$.indicatorValues[0].indicatorId").value(participants.toString()))
                .andExpect(jsonPath("$.indicatorValues[0].value").value(20));
        var rollup = body(mvc.perform(get(plan() + "/progress?period=Q1").with(secretary)).andExpect(status().isOk()));
        List<List<Map<String, Object>>> indicators = JsonPath.read(rollup,
                "$.activities[?(@.activityId == '%s')].indicators".formatted(activity.getId()));
        assertThat(indicators.get(0)).extracting(indicator -> indicator.get("target")).containsExactly(150.0, 12.0);
        assertThat(indicators.get(0)).extracting(indicator -> indicator.get("achieved")).containsExactly(20.0, null);
    }

    @Test
    void removingAnIndicatorWithReportedValuesIsRefusedWith409AndNothingIsWritten(Scenario scenario) throws Exception {
        approvedPlan(scenario);
        var participants = activity.getIndicators().get(0).id();
        reportProgress(1, "0", "{\"status\": \"IN_PROGRESS\", \"indicatorValues\": [" + value(participants, 20) + "]}",
                secretary).andExpect(status().isOk());
        fixture.reopen(YEAR, new Party(code), "New funding");

        reviseActivity(activity.getVersion(), "Campaign without indicators", indicatorJson(null, "Schools", 12))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Participants")));

        var jdbc = context.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT title_en FROM annualplanning.activity WHERE id = ?").param(activity.getId())
                .query(String.class).single()).isEqualTo("Campaign");
        assertThat(jdbc.sql("SELECT id FROM annualplanning.indicator WHERE activity_id = ?").param(activity.getId())
                .query(UUID.class).list()).containsExactly(participants);
        mvc.perform(get(progress(1)).with(secretary))
                .andExpect(jsonPath("$.indicatorValues[0].indicatorId").value(participants.toString()));
        // An indicator nobody reported on may go.
        reviseActivity(activity.getVersion(), "Campaign", indicatorJson(participants, "Participants", 100) + ", "
                + indicatorJson(null, "Schools", 12)).andExpect(status().isOk());
        reviseActivity(activity.getVersion() + 1, "Campaign", indicatorJson(participants, "Participants", 100))
                .andExpect(status().isOk()).andExpect(jsonPath("$.indicators.length()").value(1));
    }

    private ResultActions reviseActivity(long version, String title, String indicators) throws Exception {
        return mvc.perform(put(plan() + "/activities/" + activity.getId()).with(secretary)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"titleBg": "%1$s (bg)", "titleEn": "%1$s", "description": "Described", "sectionCode": "II",
                         "responsible": ["Commission"], "partners": [], "startsOn": "%2$d-01-15",
                         "deadline": "%2$d-12-15", "plannedQuarters": [1, 2, 3, 4], "expectedOutcomes": "Outcomes",
                         "indicators": [%3$s]}
                        """.formatted(title, YEAR, indicators)));
    }

    private static String indicatorJson(UUID id, String name, int target) {
        return """
                {"id": %1$s, "nameBg": "%2$s (bg)", "nameEn": "%2$s", "unit": "count", "baseline": 0, "target": %3$d,
                 "kind": "INCREMENTAL"}""".formatted(id == null ? "null" : "\"" + id + "\"", name, target);
    }

    private static String value(UUID indicator, int value) {
        return "{\"indicatorId\": \"" + indicator + "\", \"value\": " + value + "}";
    }

    private void expectRollup(String period, String status, int reported, int contributed, Double incremental,
            Double cumulative) throws Exception {
        var entry = "$.activities[?(@.activityId == '%s')]".formatted(activity.getId());
        var json = body(mvc.perform(get(plan() + "/progress?period=" + period).with(secretary))
                .andExpect(status().isOk()).andExpect(jsonPath("$.period").value(period)));
        assertThat(JsonPath.<List<Object>>read(json, entry + ".status")).as(period).containsExactly(status);
        assertThat(JsonPath.<List<Object>>read(json, entry + ".reportedPeople")).as(period).containsExactly(reported);
        assertThat(JsonPath.<List<Object>>read(json, entry + ".contributedPeople")).as(period)
                .containsExactly(contributed);
        assertThat(JsonPath.<List<Object>>read(json, entry + ".peopleReached")).as(period)
                .containsExactly(reported + contributed);
        List<List<Map<String, Object>>> indicators = JsonPath.read(json, entry + ".indicators");
        assertThat(indicators).hasSize(1);
        assertThat(indicators.get(0)).extracting(indicator -> indicator.get("kind")).as(period)
                .containsExactly("INCREMENTAL", "CUMULATIVE");
        assertThat(indicators.get(0)).extracting(indicator -> indicator.get("target")).as(period)
                .containsExactly(100.0, 50.0);
        // Jackson leaves a null out: a period without a value has no "achieved".
        assertThat(indicators.get(0)).extracting(indicator -> indicator.get("achieved")).as(period)
                .containsExactly(incremental, cumulative);
    }

    // --- helpers

    private void approvedPlan(Scenario scenario) {
        int n = CODES.getAndIncrement();
        code = "Q" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
        secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        fixture.establish(scenario, code);
        var owner = new Party(code);
        activity = fixture.add(YEAR, owner, "Campaign",
                ReportingFixture.indicator("Participants", IndicatorKind.INCREMENTAL, "100"));
        fixture.add(YEAR, owner, "Training");
        fixture.approve(YEAR, owner);
    }

    private static Activity nationalActivityOnce;

    private Activity nationalActivity() {
        if (nationalActivityOnce == null) {
            nationalActivityOnce = fixture.add(YEAR, Party.NATIONAL, "National campaign");
            fixture.approve(YEAR, Party.NATIONAL);
        }
        return nationalActivityOnce;
    }

    private String plan() {
        return "/api/v1/planning-cycles/" + YEAR + "/plans/" + code;
    }

    private String quarters() {
        return plan() + "/quarters";
    }

    private String quarter(int q) {
        return quarters() + "/" + q;
    }

    private String progress(int q) {
        return quarter(q) + "/activities/" + activity.getId();
    }

    private ResultActions reportProgress(int q, String version, String body, RequestPostProcessor as) throws Exception {
        return mvc.perform(put(progress(q)).with(as).header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions transition(int q, String action, String version, String body, RequestPostProcessor as)
            throws Exception {
        MockHttpServletRequestBuilder request = post(quarter(q) + "/" + action).with(as)
                .header(HttpHeaders.IF_MATCH, version.startsWith("W/") ? version : "\"" + version + "\"");
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static void conflict(ResultActions result, String naming) throws Exception {
        result.andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(naming)));
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
