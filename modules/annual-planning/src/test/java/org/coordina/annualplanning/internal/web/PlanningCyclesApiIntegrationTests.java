package org.coordina.annualplanning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.annualplanning.internal.web.PlanningApi.CYCLES;
import static org.coordina.annualplanning.internal.web.PlanningApi.UNUSED_YEAR;
import static org.hamcrest.Matchers.containsString;
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

/** {@code /api/v1/planning-cycles}: every endpoint for every caller, transitions, concurrency headers, bad input. */
@ModuleApiTest
class PlanningCyclesApiIntegrationTests {

    /** This class's years: 2022 to 2039. */
    private static final AtomicInteger YEARS = new AtomicInteger(2022);

    /** A draft cycle the refused callers try to change, created once. */
    private static Integer sharedDraft;

    static final Set<Caller> PLANNING_USERS = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT, Caller.AUDITOR,
            Caller.OWN_SECRETARY, Caller.OTHER_SECRETARY, Caller.OWN_MEMBER, Caller.OTHER_MEMBER);

    static final Set<Caller> HISTORY_READERS = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT, Caller.AUDITOR);

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
        if (sharedDraft == null) {
            sharedDraft = YEARS.getAndIncrement();
            api.draft(sharedDraft);
        }
    }

    static int nextYear() {
        int year = YEARS.getAndIncrement();
        assertThat(year).as("this class's years").isLessThan(2040);
        return year;
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyPlanningUserListsTheCycles(Caller caller) throws Exception {
        var result = mvc.perform(get(CYCLES).param("size", "100").with(caller.on("WZZ")))
                .andExpect(status().is(caller.expect(PLANNING_USERS, 200)));
        if (PLANNING_USERS.contains(caller)) {
            result.andExpect(jsonPath("$.content[*].year", hasItem(sharedDraft)))
                    .andExpect(jsonPath("$.content[?(@.year == " + sharedDraft + ")].status").value("DRAFT"))
                    .andExpect(jsonPath("$.content[?(@.year == " + sharedDraft + ")].deadlines.reportDueDays").value(15))
                    .andExpect(jsonPath("$.content[?(@.year == " + sharedDraft + ")].deadlines.planSubmissionDue")
                            .value(sharedDraft + "-01-31"))
                    .andExpect(jsonPath("$.page.totalElements").isNumber());
        }
    }

    @Test
    void theListIsSortedByYearNewestFirstAndRefusesUnknownSortKeys() throws Exception {
        var later = nextYear();
        api.draft(later);
        mvc.perform(get(CYCLES).param("size", "100").with(PlanningApi.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.year == " + later + ")].version").value(1));
        var body = mvc.perform(get(CYCLES).param("size", "100").with(PlanningApi.admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body.indexOf("\"year\":" + later)).isLessThan(body.indexOf("\"year\":" + sharedDraft));
        var ascending = mvc.perform(get(CYCLES).param("size", "100").param("sort", "year,asc").with(PlanningApi.admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(ascending.indexOf("\"year\":" + later)).isGreaterThan(ascending.indexOf("\"year\":" + sharedDraft));
        mvc.perform(get(CYCLES).param("sort", "planSubmissionDue").with(PlanningApi.admin()))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdminDraftsACycleWithTheDefaults(Caller caller) throws Exception {
        int year = caller == Caller.NATIONAL_ADMIN ? nextYear() : UNUSED_YEAR;
        var result = mvc.perform(post(CYCLES).with(caller.on("WZZ")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": " + year + "}"))
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 201)));
        if (caller == Caller.NATIONAL_ADMIN) {
            result.andExpect(header().string(HttpHeaders.LOCATION, CYCLES + "/" + year))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.year").value(year))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.deadlines.planSubmissionDue").value(year + "-01-31"))
                    .andExpect(jsonPath("$.deadlines.reportDueDays").value(15))
                    .andExpect(jsonPath("$.deadlines.nationalApprovalTarget").value(year + "-02-28"))
                    .andExpect(jsonPath("$.sections.length()").value(7))
                    .andExpect(jsonPath("$.sections[1].code").value("II"))
                    .andExpect(jsonPath("$.sections[1].titleEn").value("Prevention"))
                    .andExpect(jsonPath("$.objectives.length()").value(0))
                    .andExpect(jsonPath("$.openedAt").doesNotExist());
        }
        else {
            assertThat(api.cycleExists(UNUSED_YEAR)).isFalse();
        }
    }

    @Test
    void aCycleIsDraftedWithItsOwnSectionsObjectivesAndDeadlines() throws Exception {
        int year = nextYear();
        mvc.perform(post(CYCLES).with(PlanningApi.admin()).contentType(MediaType.APPLICATION_JSON).content(custom(year)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadlines.planSubmissionDue").value(year + "-02-15"))
                .andExpect(jsonPath("$.deadlines.reportDueDays").value(20))
                .andExpect(jsonPath("$.deadlines.nationalApprovalTarget").value(year + "-03-31"))
                .andExpect(jsonPath("$.sections.length()").value(2))
                .andExpect(jsonPath("$.sections[0].strategicObjectiveEn").value("Less vulnerability"))
                .andExpect(jsonPath("$.objectives[0].sectionCode").value("P"))
                .andExpect(jsonPath("$.objectives[0].code").value("P.1"))
                .andExpect(jsonPath("$.objectives[0].textEn").value("Campaigns"));
        mvc.perform(get(CYCLES + "/" + year).with(TestUsers.as(Role.LOCAL_MEMBER, "WZZ")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.sections[1].code").value("T"));
    }

    @Test
    void objectivesWithoutSectionsBelongToTheDefaultSections() throws Exception {
        int year = nextYear();
        mvc.perform(post(CYCLES).with(PlanningApi.admin()).contentType(MediaType.APPLICATION_JSON).content("""
                {"year": %d, "objectives": [{"sectionCode": "II", "code": "II.1", "textBg": "Кампании", "textEn": "Campaigns"}]}
                """.formatted(year)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sections.length()").value(7))
                .andExpect(jsonPath("$.objectives[0].code").value("II.1"));
    }

    @Test
    void draftingATakenYearIsAConflict() throws Exception {
        mvc.perform(post(CYCLES).with(PlanningApi.admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": " + sharedDraft + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A planning cycle for " + sharedDraft + " already exists."));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyPlanningUserReadsACycleWithItsEtag(Caller caller) throws Exception {
        var result = mvc.perform(get(CYCLES + "/" + sharedDraft).with(caller.on("WZZ")))
                .andExpect(status().is(caller.expect(PLANNING_USERS, 200)));
        if (PLANNING_USERS.contains(caller)) {
            result.andExpect(header().exists(HttpHeaders.ETAG)).andExpect(jsonPath("$.year").value(sharedDraft));
        }
    }

    @Test
    void anUnknownOrMalformedYearIsNotFoundOrABadRequest() throws Exception {
        mvc.perform(get(CYCLES + "/" + UNUSED_YEAR).with(PlanningApi.admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no planning cycle for " + UNUSED_YEAR + "."));
        mvc.perform(get(CYCLES + "/twenty").with(PlanningApi.admin())).andExpect(status().isBadRequest());
        mvc.perform(get(CYCLES + "/" + UNUSED_YEAR + "/plans").with(PlanningApi.admin())).andExpect(status().isNotFound());
        mvc.perform(get(CYCLES + "/" + UNUSED_YEAR + "/history").with(PlanningApi.admin())).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdminRevisesADraftCycle(Caller caller) throws Exception {
        int year = caller == Caller.NATIONAL_ADMIN ? nextYear() : sharedDraft;
        if (caller == Caller.NATIONAL_ADMIN) {
            api.draft(year);
        }
        var path = CYCLES + "/" + year;
        var before = api.etag(path);
        var result = mvc.perform(put(path).with(caller.on("WZZ")).header(HttpHeaders.IF_MATCH, before)
                .contentType(MediaType.APPLICATION_JSON).content(revision(year)))
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200)));
        if (caller == Caller.NATIONAL_ADMIN) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                    .andExpect(jsonPath("$.deadlines.reportDueDays").value(10))
                    .andExpect(jsonPath("$.sections.length()").value(1))
                    .andExpect(jsonPath("$.sections[0].code").value("II"))
                    .andExpect(jsonPath("$.objectives.length()").value(0));
        }
        else {
            assertThat(api.etag(path)).isEqualTo(before);
            assertThat(api.<Integer>value(path, "$.sections.length()")).isEqualTo(7);
        }
    }

    @Test
    void aRevisionThatChangesNothingKeepsTheVersion() throws Exception {
        int year = nextYear();
        api.draft(year);
        var path = CYCLES + "/" + year;
        mvc.perform(put(path).with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(revision(year))).andExpect(status().isOk());
        mvc.perform(put(path).with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content(revision(year)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdminOpensACycleWhichPlansForTheNationalAdministrationAndEveryActiveCommission(Caller caller)
            throws Exception {
        var code = api.establish("Openovo");
        int year = caller == Caller.NATIONAL_ADMIN ? nextYear() : sharedDraft;
        if (caller == Caller.NATIONAL_ADMIN) {
            api.draft(year);
        }
        var path = CYCLES + "/" + year;
        var before = api.etag(path);
        var result = mvc.perform(post(path + "/open").with(caller.on(code)).header(HttpHeaders.IF_MATCH, before))
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200)));
        if (caller == Caller.NATIONAL_ADMIN) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                    .andExpect(jsonPath("$.status").value("OPEN"))
                    .andExpect(jsonPath("$.openedAt").isString());
            mvc.perform(get(path + "/plans").with(PlanningApi.admin()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].owner", hasItem("national")))
                    .andExpect(jsonPath("$.content[*].owner", hasItem(code)))
                    .andExpect(jsonPath("$.content[?(@.owner == '" + code + "')].status").value("DRAFT"))
                    .andExpect(jsonPath("$.content[?(@.owner == '" + code + "')].ownerNameEn").value("LCCTHB Openovo"));
        }
        else {
            assertThat(api.etag(path)).isEqualTo(before);
            assertThat(api.<String>value(path, "$.status")).isEqualTo("DRAFT");
            assertThat(api.read(PlanningApi.plan(year, code)).getResponse().getStatus()).isEqualTo(404);
        }
    }

    @Test
    void anOpenCycleIsNeitherOpenedAgainNorRevised() throws Exception {
        int year = nextYear();
        api.open(year);
        var path = CYCLES + "/" + year;
        mvc.perform(post(path + "/open").with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, "\"2\""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The planning cycle " + year + " is OPEN; this needs it to be DRAFT."));
        mvc.perform(put(path).with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content(revision(year)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is OPEN")));
        assertThat(api.etag(path)).isEqualTo("\"2\"");
        assertThat(api.<Integer>value(path, "$.sections.length()")).isEqualTo(7);
    }

    @Test
    void changesWithoutIfMatchAreRefusedWith428AndStaleOnesWith412() throws Exception {
        var path = CYCLES + "/" + sharedDraft;
        var before = api.etag(path);
        mvc.perform(put(path).with(PlanningApi.admin()).contentType(MediaType.APPLICATION_JSON).content(revision(sharedDraft)))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(path + "/open").with(PlanningApi.admin())).andExpect(status().isPreconditionRequired());
        for (String stale : new String[] { "\"0\"", "\"99\"", "garbage" }) {
            mvc.perform(put(path).with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, stale)
                    .contentType(MediaType.APPLICATION_JSON).content(revision(sharedDraft)))
                    .andExpect(status().isPreconditionFailed());
            mvc.perform(post(path + "/open").with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, stale))
                    .andExpect(status().isPreconditionFailed());
        }
        assertThat(api.etag(path)).isEqualTo(before);
        assertThat(api.<String>value(path, "$.status")).isEqualTo("DRAFT");
    }

    static Stream<Arguments> badCycles() {
        var valid = custom(UNUSED_YEAR);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"year\": " + UNUSED_YEAR + ", ", 400, null),
                Arguments.of("not an object", "[]", 400, null),
                Arguments.of("no year", "{}", 422, "year"),
                Arguments.of("year as text", "{\"year\": \"next\"}", 400, "year"),
                Arguments.of("year out of range", "{\"year\": 1999}", 422, "year"),
                Arguments.of("report days as text", valid.replace("\"reportDueDays\": 20", "\"reportDueDays\": \"x\""), 400,
                        "deadlines.reportDueDays"),
                Arguments.of("too many report days", valid.replace("\"reportDueDays\": 20", "\"reportDueDays\": 91"), 422,
                        "deadlines.reportDueDays"),
                Arguments.of("no submission date", valid.replace("\"planSubmissionDue\": \"2099-02-15\",", ""), 422,
                        "deadlines.planSubmissionDue"),
                Arguments.of("impossible date", valid.replace("2099-02-15", "2099-02-30"), 400, null),
                Arguments.of("approval before submission", valid.replace("2099-03-31", "2099-01-01"), 422, null),
                Arguments.of("empty sections", "{\"year\": " + UNUSED_YEAR + ", \"sections\": []}", 422, "sections"),
                Arguments.of("oversized section title", valid.replace("\"Prevention\"", "\"" + "x".repeat(301) + "\""), 422,
                        "sections[0].titleEn"),
                Arguments.of("oversized section code", valid.replace("\"code\": \"P\"", "\"code\": \"PPPPPPPPP\""), 422,
                        "sections[0].code"),
                Arguments.of("blank objective text", valid.replace("\"Campaigns\"", "\"  \""), 422, "objectives[0].textEn"),
                Arguments.of("duplicate section code", valid.replace("\"code\": \"T\"", "\"code\": \"P\""), 422, null),
                Arguments.of("objective of an unknown section", valid.replace("\"sectionCode\": \"P\"",
                        "\"sectionCode\": \"X\""), 422, null),
                Arguments.of("sections as text", "{\"year\": " + UNUSED_YEAR + ", \"sections\": \"I\"}", 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCycles")
    void badInputIsRefusedAndNothingIsWritten(String what, String json, int status, String field) throws Exception {
        var result = mvc.perform(post(CYCLES).with(PlanningApi.admin()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(api.cycleExists(UNUSED_YEAR)).isFalse();
    }

    @Test
    void aBadRevisionChangesNothing() throws Exception {
        var path = CYCLES + "/" + sharedDraft;
        var before = api.etag(path);
        mvc.perform(put(path).with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, before)
                .contentType(MediaType.APPLICATION_JSON).content("{\"sections\": []}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("deadlines")));
        mvc.perform(put(path).with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, before)
                .contentType(MediaType.APPLICATION_JSON).content(revision(sharedDraft).replace("\"II\"", "\"I I\"")))
                .andExpect(status().isUnprocessableContent());
        assertThat(api.etag(path)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void nationalStaffAndTheAuditorReadACyclesHistory(Caller caller) throws Exception {
        var result = mvc.perform(get(CYCLES + "/" + sharedDraft + "/history").with(caller.on("WZZ")))
                .andExpect(status().is(caller.expect(HISTORY_READERS, 200)));
        if (HISTORY_READERS.contains(caller)) {
            result.andExpect(jsonPath("$[0].type").value("PlanningCycle"))
                    .andExpect(jsonPath("$[0].action").value("created"))
                    .andExpect(jsonPath("$[0].version").value(1))
                    .andExpect(jsonPath("$[0].who").value("national_admin"))
                    .andExpect(jsonPath("$[0].when").isString())
                    .andExpect(jsonPath("$[0].changes[?(@.field == 'status')].to").value("DRAFT"));
        }
    }

    @Test
    void theHistoryShowsEachChangeFieldByField() throws Exception {
        int year = nextYear();
        api.draft(year);
        var path = CYCLES + "/" + year;
        mvc.perform(put(path).with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(revision(year))).andExpect(status().isOk());
        mvc.perform(post(path + "/open").with(PlanningApi.admin()).header(HttpHeaders.IF_MATCH, "\"2\""))
                .andExpect(status().isOk());
        mvc.perform(get(path + "/history").with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.contains("created", "revised", "opened")))
                .andExpect(jsonPath("$[1].version").value(2))
                .andExpect(jsonPath("$[1].changes[?(@.field == 'reportDueDays')].from").value("15"))
                .andExpect(jsonPath("$[1].changes[?(@.field == 'reportDueDays')].to").value("10"))
                .andExpect(jsonPath("$[1].changes[?(@.field == 'sections')].to").value("[II]"))
                .andExpect(jsonPath("$[1].changes[*].field", not(hasItem("status"))))
                .andExpect(jsonPath("$[2].changes[?(@.field == 'status')].from").value("DRAFT"))
                .andExpect(jsonPath("$[2].changes[?(@.field == 'status')].to").value("OPEN"))
                .andExpect(jsonPath("$[2].reason").doesNotExist());
    }

    static String custom(int year) {
        return """
                {"year": %1$d,
                 "deadlines": {"planSubmissionDue": "%1$d-02-15", "reportDueDays": 20, "nationalApprovalTarget": "%1$d-03-31"},
                 "sections": [{"code": "P", "titleBg": "Превенция", "titleEn": "Prevention",
                               "strategicObjectiveBg": "По-малка уязвимост", "strategicObjectiveEn": "Less vulnerability"},
                              {"code": "T", "titleBg": "Обучение", "titleEn": "Training",
                               "strategicObjectiveBg": "Подготвени специалисти", "strategicObjectiveEn": "Trained staff"}],
                 "objectives": [{"sectionCode": "P", "code": "P.1", "textBg": "Кампании", "textEn": "Campaigns"}]}
                """.formatted(year);
    }

    static String revision(int year) {
        return """
                {"deadlines": {"planSubmissionDue": "%1$d-01-31", "reportDueDays": 10, "nationalApprovalTarget": "%1$d-02-28"},
                 "sections": [{"code": "II", "titleBg": "Превенция", "titleEn": "Prevention",
                               "strategicObjectiveBg": "По-малка уязвимост", "strategicObjectiveEn": "Less vulnerability"}]}
                """.formatted(year);
    }
}
