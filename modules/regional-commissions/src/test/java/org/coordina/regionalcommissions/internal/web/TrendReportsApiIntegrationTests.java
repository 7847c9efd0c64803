package org.coordina.regionalcommissions.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.regionalcommissions.internal.web.RegionalApi.COMMISSIONS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
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
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/commissions/{code}/trend-reports}: every endpoint for every caller, publishing, bad input. */
@ModuleApiTest(properties = "coordina.demo.enabled=true")
class TrendReportsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    RegionalApi api;

    @BeforeEach
    void setUp() {
        api = new RegionalApi(mvc);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void reportsAreReadByNationalRolesTheAuditorAndTheCommissionItself(Caller caller) throws Exception {
        var code = api.establish();
        var id = api.draftReport(code, "Trends H2 2020");
        var list = mvc.perform(get(COMMISSIONS + "/" + code + "/trend-reports").with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        var one = mvc.perform(get(COMMISSIONS + "/" + code + "/trend-reports/" + id).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (Caller.READERS.contains(caller)) {
            list.andExpect(jsonPath("$.content[0].title").value("Trends H2 2020"));
            one.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.commissionCode").value(code))
                    .andExpect(jsonPath("$.year").value(2020))
                    .andExpect(jsonPath("$.period").value("H2"))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.exploitationForms", contains("SEXUAL_EXPLOITATION", "LABOUR_EXPLOITATION")))
                    .andExpect(jsonPath("$.destinationCountries", contains("DE", "NL")));
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOwnSecretaryDraftsReports(Caller caller) throws Exception {
        var code = api.establish();
        var result = mvc.perform(post(COMMISSIONS + "/" + code + "/trend-reports").with(caller.on(code))
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.reportJson("Trends")))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 201)));
        if (caller == Caller.OWN_SECRETARY) {
            result.andExpect(header().exists(HttpHeaders.LOCATION)).andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        }
        assertThat(reportCount(code)).isEqualTo(caller == Caller.OWN_SECRETARY ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOwnSecretaryRevisesDrafts(Caller caller) throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code + "/trend-reports/" + api.draftReport(code, "Trends");
        var result = mvc.perform(put(path).with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.reportJson(2020, "Q4", "Revised")))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        if (caller == Caller.OWN_SECRETARY) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"2\"")).andExpect(jsonPath("$.period").value("Q4"));
        }
        else {
            assertThat(api.<String>value(path, "$.title")).isEqualTo("Trends");
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOwnSecretaryPublishes(Caller caller) throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code + "/trend-reports/" + api.draftReport(code, "Trends");
        var result = mvc.perform(post(path + "/publish").with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        if (caller == Caller.OWN_SECRETARY) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                    .andExpect(jsonPath("$.status").value("PUBLISHED"))
                    .andExpect(jsonPath("$.publishedAt").exists());
        }
        else {
            assertThat(api.<String>value(path, "$.status")).isEqualTo("DRAFT");
        }
    }

    @Test
    void aPublishedReportIsReadOnly() throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code + "/trend-reports/" + api.draftReport(code, "Trends");
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        mvc.perform(post(path + "/publish").with(secretary).header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isOk());

        mvc.perform(post(path + "/publish").with(secretary).header(HttpHeaders.IF_MATCH, "\"2\""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"2\"").header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.reportJson("Changed")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Анализът на тенденциите за H2 2020 е публикуван и вече не може да се променя."));
        assertThat(api.<String>value(path, "$.title")).isEqualTo("Trends");
        assertThat(api.etag(path)).isEqualTo("\"2\"");
    }

    @Test
    void aSecretaryCannotTouchAnotherCommissionsReports() throws Exception {
        var code = api.establish();
        var id = api.draftReport(code, "Trends");
        var otherSecretary = TestUsers.as(Role.LOCAL_SECRETARY, "VAR");
        mvc.perform(post(COMMISSIONS + "/" + code + "/trend-reports/" + id + "/publish").with(otherSecretary)
                .header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isForbidden());
        mvc.perform(post(COMMISSIONS + "/VAR/trend-reports/" + id + "/publish").with(otherSecretary)
                .header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isNotFound());
        assertThat(api.<String>value(COMMISSIONS + "/" + code + "/trend-reports/" + id, "$.status")).isEqualTo("DRAFT");
    }

    @Test
    void changesWithoutIfMatchAreRefusedWith428AndStaleOnesWith412() throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code + "/trend-reports/" + api.draftReport(code, "Trends");
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        mvc.perform(post(path + "/publish").with(secretary)).andExpect(status().isPreconditionRequired());
        mvc.perform(put(path).with(secretary).contentType(MediaType.APPLICATION_JSON).content(RegionalApi.reportJson("X")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(path + "/publish").with(secretary).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"5\"")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.reportJson("X")))
                .andExpect(status().isPreconditionFailed());
        assertThat(api.<String>value(path, "$.status")).isEqualTo("DRAFT");
        assertThat(api.etag(path)).isEqualTo("\"1\"");
    }

    @Test
    void aSecondReportForTheSamePeriodIsAConflict() throws Exception {
        var code = api.establish();
        api.draftReport(code, "First");
        mvc.perform(post(COMMISSIONS + "/" + code + "/trend-reports").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.reportJson("Second")))
                .andExpect(status().isConflict());
        assertThat(reportCount(code)).isEqualTo(1);
    }

    static Stream<Arguments> badReports() {
        var valid = RegionalApi.reportJson("Trends");
        int nextYear = Year.now().getValue() + 1;
        return Stream.of(
                Arguments.of("malformed JSON", "{\"year\": 2020,", 400, null),
                Arguments.of("no fields", "{}", 422, "title"),
                Arguments.of("missing period", valid.replace("\"period\": \"H2\",", ""), 422, "period"),
                Arguments.of("unknown period", valid.replace("\"H2\"", "\"Q5\""), 400, "period"),
                Arguments.of("lower-case period", valid.replace("\"H2\"", "\"h2\""), 400, "period"),
                Arguments.of("unknown form", valid.replace("\"LABOUR_EXPLOITATION\"", "\"SMUGGLING\""), 400,
                        "exploitationForms[0]"),
                Arguments.of("year as text", valid.replace("2020", "\"twenty\""), 400, "year"),
                Arguments.of("year out of range", valid.replace("2020", "1999"), 422, "year"),
                Arguments.of("period not started", valid.replace("2020", String.valueOf(nextYear)), 422, null),
                Arguments.of("oversized title", valid.replace("\"Trends\"", "\"" + "t".repeat(201) + "\""), 422, "title"),
                Arguments.of("oversized summary", valid.replace("Fictional summary.", "s".repeat(4001)), 422, "summary"),
                Arguments.of("oversized risk group", valid.replace("Young people leaving care", "r".repeat(201)), 422,
                        "riskGroups[0]"),
                Arguments.of("unknown country", valid.replace("\"NL\"", "\"XX\""), 422, "destinationCountries[1]"),
                Arguments.of("country in lower case", valid.replace("\"NL\"", "\"nl\""), 422, "destinationCountries[1]"),
                Arguments.of("list as text", valid.replace("[\"Online job offers\"]", "\"Online job offers\""), 400,
                        "recruitmentChannels"),
                Arguments.of("null form", valid.replace("\"SEXUAL_EXPLOITATION\"]", "\"SEXUAL_EXPLOITATION\", null]"), 400,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void badInputIsRefusedAndNothingIsWritten(String what, String json, int status, String field) throws Exception {
        var code = api.establish();
        var result = mvc.perform(post(COMMISSIONS + "/" + code + "/trend-reports").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status));
        result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(reportCount(code)).isZero();
    }

    @Test
    void anUnknownCountryIsExplainedPerFieldInTheRequestedLanguage() throws Exception {
        var code = api.establish();
        var json = RegionalApi.reportJson("Trends").replace("\"NL\"", "\"XX\"");
        mvc.perform(post(COMMISSIONS + "/" + code + "/trend-reports").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("destinationCountries[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an ISO 3166 alpha-2 country code in capitals, e.g. DE"));
        mvc.perform(post(COMMISSIONS + "/" + code + "/trend-reports").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "bg").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Заявката съдържа невалидни полета."))
                .andExpect(jsonPath("$.errors[0].message").value("трябва да е код на държава по ISO 3166 alpha-2 с главни букви, напр. DE"));
    }

    private int reportCount(String code) throws Exception {
        return api.<Integer>value(COMMISSIONS + "/" + code + "/trend-reports", "$.page.totalElements");
    }
}
