package org.coordina.victimsupport.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.victimsupport.internal.web.VictimSupportApi.BASE;
import static org.coordina.victimsupport.internal.web.VictimSupportApi.SERVICES;
import static org.coordina.victimsupport.internal.web.VictimSupportApi.TWELVE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The victim-support API: every role against its own and another commission, raw figures for the national
 * admin and experts only, protected ones for everyone else, personal data refused, margins checked, bad
 * input refused with nothing written, If-Match, the published tables and their downloads.
 */
@ModuleApiTest
class VictimSupportApiIntegrationTests {

    static final Set<Caller> NATIONAL = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT);

    static final Set<Caller> REGISTER_READERS = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.INTEGRATOR));

    static final Set<Caller> HISTORY_READERS = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT,
            Caller.AUDITOR);

    static final Set<Caller> CORRECTORS = EnumSet.of(Caller.OWN_SECRETARY, Caller.NATIONAL_ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    VictimSupportApi api;

    @BeforeEach
    void setUp() {
        api = new VictimSupportApi(mvc, jdbc);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theRegisterIsReadByEveryRoleButTheIntegratorAndKeptByTheNationalAdminAndExperts(Caller caller)
            throws Exception {
        var before = api.count("support_service");
        var created = mvc.perform(post(SERVICES).with(caller.on("VXX")).contentType(MediaType.APPLICATION_JSON)
                .content(VictimSupportApi.serviceJson("Demo NGO"))).andExpect(status().is(caller.expect(NATIONAL, 201)))
                .andReturn();
        assertThat(api.count("support_service")).isEqualTo(before + (NATIONAL.contains(caller) ? 1 : 0));
        mvc.perform(get(SERVICES).with(caller.on("VXX"))).andExpect(status().is(caller.expect(REGISTER_READERS, 200)));
        if (NATIONAL.contains(caller)) {
            var location = created.getResponse().getHeader(HttpHeaders.LOCATION);
            mvc.perform(get(location).with(TestUsers.as(Role.LOCAL_MEMBER, "VAR"))).andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.status").value("ACTIVE")).andExpect(jsonPath("$.operator").value("Demo NGO"));
            mvc.perform(put(location).with(caller.on("VXX")).header(HttpHeaders.IF_MATCH, "\"1\"")
                    .contentType(MediaType.APPLICATION_JSON).content(VictimSupportApi.serviceJson("Other NGO")))
                    .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
            mvc.perform(get(location + "/history").with(TestUsers.as(Role.AUDITOR))).andExpect(status().isOk())
                    .andExpect(jsonPath("$[1].changes[0].field").value("operator"));
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOwnSecretaryRecordsActivitiesAndOnlyNationalRolesSeeTheirSmallCounts(Caller caller) throws Exception {
        var code = api.knownCommission();
        var before = api.count("support_activity");
        mvc.perform(post(VictimSupportApi.activities(code)).with(caller.on(code)).contentType(MediaType.APPLICATION_JSON)
                .content(VictimSupportApi.activityJson(3, "Crisis shifts")))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 201)));
        assertThat(api.count("support_activity")).isEqualTo(before + (caller == Caller.OWN_SECRETARY ? 1 : 0));

        var path = api.activity(code, 3);
        var read = mvc.perform(get(path).with(caller.on(code))).andExpect(status().is(caller.expect(Caller.READERS, 200)));
        var list = mvc.perform(get(VictimSupportApi.activities(code)).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (NATIONAL.contains(caller)) {
            read.andExpect(jsonPath("$.peopleSupported.count").value(3))
                    .andExpect(jsonPath("$.peopleSupported.suppressed").value(false));
        }
        else if (Caller.READERS.contains(caller)) {
            read.andExpect(jsonPath("$.peopleSupported.count").doesNotExist())
                    .andExpect(jsonPath("$.peopleSupported.suppressed").value(true));
            list.andExpect(jsonPath("$.content[0].peopleSupported.suppressed").value(true));
        }
        mvc.perform(post(path + "/report").with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        mvc.perform(get(path + "/history").with(caller.on(code)))
                .andExpect(status().is(caller.expect(HISTORY_READERS, 200)));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void statisticsAreWrittenByTheOwnSecretaryAcceptedNationallyAndReadRawOnlyByTheNationalAdminAndExperts(
            Caller caller) throws Exception {
        var code = api.knownCommission();
        var path = VictimSupportApi.statistics(code, 2030, 1);
        mvc.perform(post(path).with(caller.on(code)).contentType(MediaType.APPLICATION_JSON).content(TWELVE))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 201)));
        if (caller != Caller.OWN_SECRETARY) {
            mvc.perform(post(path).with(TestUsers.as(Role.LOCAL_SECRETARY, code)).contentType(MediaType.APPLICATION_JSON)
                    .content(TWELVE)).andExpect(status().isCreated());
        }
        var read = mvc.perform(get(path).with(caller.on(code))).andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (NATIONAL.contains(caller)) {
            read.andExpect(jsonPath("$.raw").value(true)).andExpect(jsonPath("$.statistics.total.count").value(12))
                    .andExpect(jsonPath("$.statistics.margins[?(@.value == 'MALE')].figure.count").value(2));
        }
        else if (Caller.READERS.contains(caller)) {
            read.andExpect(jsonPath("$.raw").value(false))
                    .andExpect(jsonPath("$.statistics.minimumCellSize").value(5))
                    .andExpect(jsonPath("$.statistics.margins[?(@.value == 'MALE')].figure.suppressed").value(true))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"count\":1,"))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"count\":2,"))));
        }
        mvc.perform(post(path + "/submit").with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        if (caller != Caller.OWN_SECRETARY) {
            mvc.perform(post(path + "/submit").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                    .header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isOk());
        }
        mvc.perform(post(path + "/accept").with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"2\""))
                .andExpect(status().is(caller.expect(NATIONAL, 200)));
        if (!NATIONAL.contains(caller)) {
            mvc.perform(post(path + "/accept").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"2\""))
                    .andExpect(status().isOk());
        }
        var correction = TWELVE.replace("\"count\": 8}", "\"count\": 7}, {\"tabulation\": \"EXPLOITATION_BY_SEX\","
                + " \"row\": \"OTHER\", \"column\": \"FEMALE\", \"count\": 1}").replace("{\"total\": 12,",
                        "{\"reason\": \"One case was reclassified\", \"total\": 12,");
        mvc.perform(post(path + "/corrections").with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().is(caller.expect(CORRECTORS, 200)));
        var history = mvc.perform(get(path + "/history").with(caller.on(code)))
                .andExpect(status().is(caller.expect(HISTORY_READERS, 200)));
        if (HISTORY_READERS.contains(caller)) {
            history.andExpect(jsonPath("$[0].action").value("drafted"))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"to\":\"2\""))));
            if (caller == Caller.NATIONAL_ADMIN) {
                history.andExpect(jsonPath("$[3].action").value("corrected"))
                        .andExpect(jsonPath("$[3].reason").value("One case was reclassified"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theTablesOfACommissionAreReadByItsReadersAndTheNationalOnesByAllButTheIntegrator(Caller caller)
            throws Exception {
        var code = api.knownCommission();
        api.statisticsOf(code, 2031, 1, VictimSupportApi.FIFTY, true);
        api.statisticsOf(code, 2031, 2, TWELVE, true);
        var commission = mvc.perform(get(BASE + "/statistics").param("year", "2031").param("period", "H1")
                .param("commission", code).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (Caller.READERS.contains(caller)) {
            commission.andExpect(jsonPath("$.scope").value(code)).andExpect(jsonPath("$.statistics.total.count").value(62))
                    .andExpect(jsonPath("$.raw").value(NATIONAL.contains(caller)))
                    .andExpect(jsonPath("$.method").value(containsString(NATIONAL.contains(caller) ? "Raw" : "suppressed")));
        }
        mvc.perform(get(BASE + "/statistics").param("year", "2031").param("period", "H1").with(caller.on(code)))
                .andExpect(status().is(caller.expect(REGISTER_READERS, 200)));
        mvc.perform(get(BASE + "/statistics").param("year", "2031").param("period", "Q2").param("commission", code)
                .param("view", "RAW").with(caller.on(code)))
                .andExpect(status().is(caller.expect(NATIONAL, 200)));
    }

    @Test
    void protectedTablesSuppressSmallCountsAndShowLargeOnes() throws Exception {
        var code = api.knownCommission();
        api.statisticsOf(code, 2032, 1, VictimSupportApi.FIFTY, true);
        api.statisticsOf(code, 2032, 2, TWELVE, true);
        api.statisticsOf(code, 2032, 3, TWELVE, false);
        var member = TestUsers.as(Role.LOCAL_MEMBER, code);
        mvc.perform(get(BASE + "/statistics").param("year", "2032").param("period", "Q1").param("commission", code)
                .with(member)).andExpect(jsonPath("$.statistics.total.count").value(50))
                .andExpect(jsonPath("$.statistics.cells[?(@.row == 'SEXUAL_EXPLOITATION' && @.column == 'FEMALE')].figure.count")
                        .value(50));
        mvc.perform(get(BASE + "/statistics").param("year", "2032").param("period", "Q2").param("commission", code)
                .with(member)).andExpect(jsonPath("$.statistics.margins[?(@.value == 'MALE')].figure.suppressed").value(true))
                .andExpect(jsonPath("$.statistics.cells[?(@.row == 'CHILD' && @.column == 'FEMALE')].figure.suppressed")
                        .value(true));
        // The third quarter is only submitted: the year holds the accepted 62, national figures as national experts see them.
        mvc.perform(get(BASE + "/statistics").param("year", "2032").param("period", "YEAR").param("commission", code)
                .with(TestUsers.as(Role.NATIONAL_EXPERT))).andExpect(jsonPath("$.statistics.total.count").value(62));
        mvc.perform(get(BASE + "/statistics").param("year", "2032").param("period", "Q2").param("view", "PROTECTED")
                .with(TestUsers.as(Role.NATIONAL_EXPERT))).andExpect(jsonPath("$.raw").value(false));
    }

    @Test
    void aCountHiddenInAQuarterCannotBeRecoveredFromTheHalfYearTheOtherQuarterOrTheNationalTables() throws Exception {
        // Demo-like: the first commission's Q1 has 2 men (hidden); its Q2 and the other commission have none.
        var first = api.knownCommission();
        var second = api.knownCommission();
        api.statisticsOf(first, 2037, 1, TWELVE, true);
        api.statisticsOf(second, 2037, 1, VictimSupportApi.FIFTY, true);
        var auditor = TestUsers.as(Role.AUDITOR);
        var firstQuarterBefore = tables(auditor, "Q1", first);
        mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", "H1").with(auditor))
                .andExpect(status().isConflict());
        api.statisticsOf(first, 2037, 2, VictimSupportApi.FIFTY, true);
        api.statisticsOf(second, 2037, 2, VictimSupportApi.FIFTY, true);
        assertThat(tables(auditor, "Q1", first)).as("Q1 as published before Q2 was accepted")
                .isEqualTo(firstQuarterBefore);
        var male = "$.statistics.margins[?(@.dimension == 'SEX' && @.value == 'MALE')].figure";
        mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", "Q1").param("commission", first)
                .with(auditor)).andExpect(jsonPath(male + ".suppressed").value(true));
        // H1 = Q1 + Q2 and national = the sum of the commissions: the other terms are published zeros here,
        // so the half-year and the national figures must be hidden too.
        mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", "Q2").param("commission", first)
                .with(auditor)).andExpect(jsonPath(male + ".count").value(0));
        mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", "H1").param("commission", first)
                .with(auditor)).andExpect(jsonPath(male + ".suppressed").value(true));
        mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", "Q1").param("commission", second)
                .with(auditor)).andExpect(jsonPath(male + ".count").value(0));
        for (var period : new String[] { "Q1", "H1" }) {
            mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", period).with(auditor))
                    .andExpect(status().isOk()).andExpect(jsonPath(male + ".suppressed").value(true));
        }
        mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", "YEAR").with(auditor))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("2037")));
        mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", "YEAR")
                .with(TestUsers.as(Role.NATIONAL_EXPERT))).andExpect(status().isOk())
                .andExpect(jsonPath(male + ".count").value(2));
    }

    private String tables(org.springframework.test.web.servlet.request.RequestPostProcessor caller, String period,
            String commission) throws Exception {
        var body = mvc.perform(get(BASE + "/statistics").param("year", "2037").param("period", period)
                .param("commission", commission).with(caller)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return com.jayway.jsonpath.JsonPath.parse(body).read("$.statistics").toString();
    }

    @Test
    void downloadsAreProtectedAndARawDownloadIsForNationalRolesAndRecorded() throws Exception {
        var code = api.knownCommission();
        api.statisticsOf(code, 2033, 1, TWELVE, true);
        var csv = mvc.perform(get(BASE + "/statistics.csv").param("year", "2033").param("period", "Q1")
                .param("commission", code).with(TestUsers.as(Role.LOCAL_MEMBER, code))).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("victim-statistics-2033-Q1")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTable,Row,Column,Count,Suppressed\r\n").contains("MARGIN SEX,MALE,,,suppressed")
                .contains("Disclosure control").doesNotContain("MARGIN SEX,MALE,,2");
        var recorded = api.count("raw_export");
        mvc.perform(get(BASE + "/statistics.csv").param("year", "2033").param("period", "Q1").param("commission", code)
                .param("view", "RAW").with(TestUsers.as(Role.LOCAL_MEMBER, code))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/statistics.xlsx").param("year", "2033").param("period", "Q1").param("view", "RAW")
                .with(TestUsers.as(Role.AUDITOR))).andExpect(status().isForbidden());
        assertThat(api.count("raw_export")).isEqualTo(recorded);
        var raw = mvc.perform(get(BASE + "/statistics.csv").param("year", "2033").param("period", "Q1")
                .param("commission", code).param("view", "RAW").with(TestUsers.as(Role.NATIONAL_EXPERT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(raw).contains("MARGIN SEX,MALE,,2,").contains("Raw figures");
        var xlsx = mvc.perform(get(BASE + "/statistics.xlsx").param("year", "2033").param("period", "Q1")
                .with(TestUsers.as(Role.NATIONAL_ADMIN))).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
        assertThat(api.count("raw_export")).isEqualTo(recorded + 1);
        assertThat(jdbc.sql("SELECT exported_by || ' ' || scope || ' ' || period FROM victimsupport.raw_export"
                + " ORDER BY id DESC LIMIT 1").query(String.class).single()).endsWith(code + " Q1");
    }

    static Stream<Arguments> personalData() {
        return Stream.of(Arguments.of("EGN", "Accommodated 7501010010 at night", "EGN"),
                Arguments.of("phone", "Call +359 88 123 4567 for her", "phone"),
                Arguments.of("e-mail", "Wrote to maria.ivanova@example.bg", "e-mail"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalData")
    void personalDataInADescriptionIsRefusedNamingTheFieldAndNothingIsWritten(String what, String text, String named)
            throws Exception {
        var code = api.knownCommission();
        var before = api.count("support_activity");
        mvc.perform(post(VictimSupportApi.activities(code)).with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(VictimSupportApi.activityJson(5, text)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("description")))
                .andExpect(jsonPath("$.detail").value(containsString(named)));
        assertThat(api.count("support_activity")).isEqualTo(before);
    }

    @Test
    void personalDataInTheRegisterIsRefusedInBulgarianToo() throws Exception {
        var before = api.count("support_service");
        mvc.perform(post(SERVICES).with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                .contentType(MediaType.APPLICATION_JSON).content(VictimSupportApi.serviceJson("Мария, 0888 123 456")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("Полето operator изглежда съдържа телефонен номер")));
        assertThat(api.count("support_service")).isEqualTo(before);
    }

    static Stream<Arguments> badStatistics() {
        return Stream.of(Arguments.of("malformed JSON", "{\"total\": ", 400, null),
                Arguments.of("no fields", "{}", 422, "total"),
                Arguments.of("total as text", TWELVE.replace("\"total\": 12", "\"total\": \"twelve\""), 400, null),
                Arguments.of("negative count", TWELVE.replace("\"count\": 8", "\"count\": -8"), 422, "cells[0].count"),
                Arguments.of("oversized value", TWELVE.replace("\"ADULT\", \"column\": \"MALE\"",
                        "\"" + "A".repeat(41) + "\", \"column\": \"MALE\""), 422, "cells[5].row"),
                Arguments.of("unknown tabulation", TWELVE.replace("\"CITIZENSHIP_BY_SEX\", \"row\": \"NATIONAL\", \"column\": \"MALE\"",
                        "\"CITIZENSHIP_BY_AGE\", \"row\": \"NATIONAL\", \"column\": \"MALE\""), 400, null),
                Arguments.of("unknown value", TWELVE.replace("\"row\": \"PRESUMED\"", "\"row\": \"SUSPECTED\""), 422, null),
                Arguments.of("table off the total", TWELVE.replace("\"total\": 12", "\"total\": 13"), 422, null),
                Arguments.of("margins disagree", TWELVE.replace("\"NATIONAL\", \"column\": \"FEMALE\", \"count\": 10",
                        "\"NATIONAL\", \"column\": \"FEMALE\", \"count\": 9").replace(
                                "\"NATIONAL\", \"column\": \"MALE\", \"count\": 2", "\"NATIONAL\", \"column\": \"MALE\", \"count\": 3"),
                        422, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badStatistics")
    void badStatisticsAreRefusedAndNothingIsWritten(String what, String json, int status, String field)
            throws Exception {
        var code = api.knownCommission();
        var before = api.count("victim_statistics");
        var result = mvc.perform(post(VictimSupportApi.statistics(code, 2034, 1))
                .with(TestUsers.as(Role.LOCAL_SECRETARY, code)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(api.count("victim_statistics")).isEqualTo(before);
    }

    @Test
    void theMarginMismatchIsExplained() throws Exception {
        var code = api.knownCommission();
        mvc.perform(post(VictimSupportApi.statistics(code, 2034, 2)).with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(TWELVE.replace("\"REFERRAL\", \"column\": \"ADULT\", \"count\": 11",
                        "\"REFERRAL\", \"column\": \"ADULT\", \"count\": 10").replace("\"CRISIS_INTERVENTION\", \"column\": \"CHILD\", \"count\": 1",
                                "\"CRISIS_INTERVENTION\", \"column\": \"CHILD\", \"count\": 2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The margins do not agree: AGE_GROUP CHILD is 1 in AGE_GROUP_BY_SEX"
                        + " but 2 in STAGE_BY_AGE_GROUP."));
    }

    @Test
    void changesWithoutIfMatchAreRefusedWith428AndStaleOnesWith412AndWrongStatesWith409() throws Exception {
        var code = api.knownCommission();
        var path = VictimSupportApi.statistics(code, 2035, 1);
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        mvc.perform(post(path).with(secretary).contentType(MediaType.APPLICATION_JSON).content(TWELVE))
                .andExpect(status().isCreated()).andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        mvc.perform(post(path).with(secretary).contentType(MediaType.APPLICATION_JSON).content(TWELVE))
                .andExpect(status().isConflict());
        mvc.perform(put(path).with(secretary).contentType(MediaType.APPLICATION_JSON).content(VictimSupportApi.FIFTY))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"7\"").contentType(MediaType.APPLICATION_JSON)
                .content(VictimSupportApi.FIFTY)).andExpect(status().isPreconditionFailed());
        mvc.perform(post(path + "/submit").with(secretary)).andExpect(status().isPreconditionRequired());
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(VictimSupportApi.FIFTY)).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(post(path + "/accept").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"2\""))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("DRAFT")));
        assertThat(api.etag(path)).isEqualTo("\"2\"");
        var activity = api.activity(code, 4);
        mvc.perform(put(activity).with(secretary).contentType(MediaType.APPLICATION_JSON)
                .content(VictimSupportApi.activityJson(4, "x"))).andExpect(status().isPreconditionRequired());
        mvc.perform(post(activity + "/report").with(secretary).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isOk());
        mvc.perform(put(activity).with(secretary).header(HttpHeaders.IF_MATCH, "\"2\"").contentType(MediaType.APPLICATION_JSON)
                .content(VictimSupportApi.activityJson(4, "x"))).andExpect(status().isConflict());
    }

    @Test
    void anotherCommissionsActivityAndAnUnknownQuarterAreNotFoundAndABadPeriodIsRefused() throws Exception {
        var code = api.knownCommission();
        var other = api.knownCommission();
        var activity = api.activity(code, 4);
        var id = activity.substring(activity.lastIndexOf('/') + 1);
        mvc.perform(get(VictimSupportApi.activities(other) + "/" + id).with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get(VictimSupportApi.statistics(code, 2036, 4)).with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(post(VictimSupportApi.statistics(code, 2036, 5)).with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(TWELVE)).andExpect(status().isUnprocessableContent());
        mvc.perform(get(BASE + "/statistics").param("year", "2036").param("period", "Q5")
                .with(TestUsers.as(Role.NATIONAL_ADMIN))).andExpect(status().isBadRequest());
        mvc.perform(post(VictimSupportApi.activities("QQQ")).with(TestUsers.as(Role.LOCAL_SECRETARY, "QQQ"))
                .contentType(MediaType.APPLICATION_JSON).content(VictimSupportApi.activityJson(4, "x")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(SERVICES).param("sort", "operator").with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest());
    }
}
