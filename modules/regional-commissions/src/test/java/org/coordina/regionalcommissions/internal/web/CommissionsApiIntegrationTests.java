package org.coordina.regionalcommissions.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.regionalcommissions.internal.web.RegionalApi.COMMISSIONS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** {@code /api/v1/commissions}: every endpoint for every caller, concurrency headers and bad input. */
@ModuleApiTest(properties = "coordina.demo.enabled=true")
class CommissionsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    RegionalApi api;

    @BeforeEach
    void setUp() {
        api = new RegionalApi(mvc);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everySignedInUserReadsThePublicList(Caller caller) throws Exception {
        var code = api.establish();
        var result = mvc.perform(get(COMMISSIONS).param("size", "200").with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.SIGNED_IN, 200)));
        if (caller != Caller.ANONYMOUS) {
            result.andExpect(jsonPath("$.content[*].code", hasItem(code)))
                    .andExpect(jsonPath("$.content[0].nameBg").exists())
                    .andExpect(jsonPath("$.content[0].city").exists())
                    .andExpect(jsonPath("$.content[0].status").exists())
                    .andExpect(jsonPath("$.content[0].secretary").doesNotExist())
                    .andExpect(jsonPath("$.page.totalElements").isNumber());
        }
    }

    @Test
    void theListIsPagedAndSortedByCode() throws Exception {
        mvc.perform(get(COMMISSIONS).param("size", "2").param("sort", "code").with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].code").value("BGS"))
                .andExpect(jsonPath("$.content[1].code").value("BLG"))
                .andExpect(jsonPath("$.page.size").value(2));
    }

    @Test
    void sortingByAnUnknownFieldIsABadRequest() throws Exception {
        mvc.perform(get(COMMISSIONS).param("sort", "secretary.email").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdminEstablishesCommissions(Caller caller) throws Exception {
        var code = RegionalApi.freshCode();
        var result = mvc.perform(post(COMMISSIONS).with(caller.on(code))
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.commissionJson(code)))
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 201)));
        if (caller == Caller.NATIONAL_ADMIN) {
            result.andExpect(header().string(HttpHeaders.LOCATION, COMMISSIONS + "/" + code))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                    .andExpect(jsonPath("$.code").value(code))
                    .andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.secretary.name").value("Secretary of LCCTHB Testovo"));
        }
        else {
            assertThat(api.read(COMMISSIONS + "/" + code).getResponse().getStatus()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theFullViewIsForThoseWhoReadTheCommissionAndThePublicViewForEveryoneElse(Caller caller) throws Exception {
        var code = api.establish();
        var result = mvc.perform(get(COMMISSIONS + "/" + code).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.SIGNED_IN, 200)));
        if (caller == Caller.ANONYMOUS) {
            return;
        }
        result.andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.nameEn").value("LCCTHB Testovo"));
        if (Caller.READERS.contains(caller)) {
            result.andExpect(jsonPath("$.secretary.email").value("secretary@lccthb.example.org"))
                    .andExpect(jsonPath("$.chair.title").value("Deputy Mayor"))
                    .andExpect(jsonPath("$.foundingAct.number").value("T-1"));
        }
        else {
            result.andExpect(jsonPath("$.secretary").doesNotExist())
                    .andExpect(jsonPath("$.chair").doesNotExist())
                    .andExpect(jsonPath("$.foundingAct").doesNotExist());
        }
    }

    @Test
    void anUnknownCommissionIsNotFoundInTheRequestedLanguage() throws Exception {
        mvc.perform(get(COMMISSIONS + "/QQQ").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no commission with the code 'QQQ'."));
        mvc.perform(get(COMMISSIONS + "/QQQ").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.ACCEPT_LANGUAGE, "bg"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Няма комисия с код 'QQQ'."));
        mvc.perform(put(COMMISSIONS + "/QQQ").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.detailsJson("Novo")))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdminChangesCoreData(Caller caller) throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code;
        var result = mvc.perform(put(path).with(caller.on(code)).header(HttpHeaders.IF_MATCH, api.etag(path))
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.detailsJson("Novo")))
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200)));
        if (caller == Caller.NATIONAL_ADMIN) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"3\"")).andExpect(jsonPath("$.city").value("Novo"));
        }
        else {
            assertThat(api.<String>value(path, "$.city")).isEqualTo("Testovo");
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdminChangesTheStatus(Caller caller) throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code;
        var result = mvc.perform(put(path + "/status").with(caller.on(code)).header(HttpHeaders.IF_MATCH, api.etag(path))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"SUSPENDED\"}"))
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200)));
        if (caller == Caller.NATIONAL_ADMIN) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"3\"")).andExpect(jsonPath("$.status").value("SUSPENDED"));
        }
        else {
            assertThat(api.<String>value(path, "$.status")).isEqualTo("ACTIVE");
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theNationalAdminAndTheCommissionsOwnSecretaryAssignTheSecretary(Caller caller) throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code;
        var result = mvc.perform(put(path + "/secretary").with(caller.on(code)).header(HttpHeaders.IF_MATCH, api.etag(path))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"New secretary\", \"email\": \"new@lccthb.example.org\"}"))
                .andExpect(status().is(caller.expect(java.util.EnumSet.of(Caller.NATIONAL_ADMIN, Caller.OWN_SECRETARY), 200)));
        if (caller == Caller.NATIONAL_ADMIN || caller == Caller.OWN_SECRETARY) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"3\""))
                    .andExpect(jsonPath("$.secretary.name").value("New secretary"));
        }
        else {
            assertThat(api.<String>value(path, "$.secretary.name")).isEqualTo("Secretary of LCCTHB Testovo");
        }
    }

    @Test
    void aSecretaryCannotTouchAnotherCommission() throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code;
        mvc.perform(put(path + "/secretary").with(TestUsers.as(Role.LOCAL_SECRETARY, "VAR"))
                .header(HttpHeaders.IF_MATCH, api.etag(path)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Intruder\", \"email\": \"intruder@example.org\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(api.etag(path)).isEqualTo("\"2\"");
    }

    static Stream<Arguments> updates() {
        return Stream.of(Arguments.of("", RegionalApi.detailsJson("Novo")),
                Arguments.of("/status", "{\"status\": \"SUSPENDED\"}"),
                Arguments.of("/secretary", "{\"name\": \"New secretary\", \"email\": \"new@lccthb.example.org\"}"));
    }

    @ParameterizedTest
    @MethodSource("updates")
    void anUpdateWithoutIfMatchIsRefusedWith428(String subPath, String body) throws Exception {
        var code = api.establish();
        mvc.perform(put(COMMISSIONS + "/" + code + subPath).with(TestUsers.as(Role.NATIONAL_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(api.etag(COMMISSIONS + "/" + code)).isEqualTo("\"2\"");
    }

    @ParameterizedTest
    @MethodSource("updates")
    void anUpdateOfAStaleVersionIsRefusedWith412(String subPath, String body) throws Exception {
        var code = api.establish();
        for (String stale : new String[] { "\"1\"", "\"7\"", "garbage" }) {
            mvc.perform(put(COMMISSIONS + "/" + code + subPath).with(TestUsers.as(Role.NATIONAL_ADMIN))
                    .header(HttpHeaders.IF_MATCH, stale).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(api.etag(COMMISSIONS + "/" + code)).isEqualTo("\"2\"");
    }

    @Test
    void establishingATakenCodeIsAConflict() throws Exception {
        mvc.perform(post(COMMISSIONS).with(TestUsers.as(Role.NATIONAL_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.commissionJson("VAR")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A commission with the code 'VAR' already exists."));
        assertThat(api.<String>value(COMMISSIONS + "/VAR", "$.nameEn")).isEqualTo("LCCTHB Varna");
    }

    @Test
    void aDissolvedCommissionStaysDissolved() throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code;
        mvc.perform(put(path + "/status").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"DISSOLVED\"}"))
                .andExpect(status().isOk());
        mvc.perform(put(path + "/status").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"ACTIVE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", startsWith("A commission cannot change from DISSOLVED to ACTIVE")));
        mvc.perform(put(path).with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.detailsJson("Novo")))
                .andExpect(status().isConflict());
        assertThat(api.<String>value(path, "$.status")).isEqualTo("DISSOLVED");
        assertThat(api.etag(path)).isEqualTo("\"3\"");
    }

    static Stream<Arguments> badCommissions() {
        var valid = RegionalApi.commissionJson("CODE");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"code\": \"CODE\", ", 400, null),
                Arguments.of("not an object", "[]", 400, null),
                Arguments.of("no fields", "{}", 422, "nameBg"),
                Arguments.of("missing name", valid.replace("\"nameBg\": \"МКБТХ Тестово\",", ""), 422, "nameBg"),
                Arguments.of("blank city", valid.replace("\"city\": \"Testovo\"", "\"city\": \"  \""), 422, "city"),
                Arguments.of("oversized name", valid.replace("LCCTHB Testovo", "x".repeat(201)), 422, "nameEn"),
                Arguments.of("oversized act number", valid.replace("\"T-1\"", "\"" + "1".repeat(51) + "\""), 422,
                        "foundingAct.number"),
                Arguments.of("digit in code", valid.replace("\"CODE\"", "\"Z1Z\""), 422, "code"),
                Arguments.of("cyrillic code", valid.replace("\"CODE\"", "\"ВАР\""), 422, "code"),
                Arguments.of("long code", valid.replace("\"CODE\"", "\"ZZZZ\""), 422, "code"),
                Arguments.of("future establishment", valid.replace("2010-03-01", "2999-01-01"), 422, "establishedOn"),
                Arguments.of("invalid email", valid.replace("secretary@lccthb.example.org", "not-an-email"), 422,
                        "secretary.email"),
                Arguments.of("date as boolean", valid.replace("\"2010-03-01\"", "true"), 400, null),
                Arguments.of("date as a number", valid.replace("\"2010-03-01\"", "14669"), 400, "establishedOn"),
                Arguments.of("name as a number", valid.replace("\"LCCTHB Testovo\"", "42"), 400, "nameEn"),
                Arguments.of("name as array", valid.replace("\"LCCTHB Testovo\"", "[\"LCCTHB\"]"), 400, null),
                Arguments.of("impossible date", valid.replace("2010-03-01", "2010-02-30"), 400, null),
                Arguments.of("object as string", valid.replace("\"chair\": {", "\"chair\": \"x\", \"ignored\": {"), 400,
                        null),
                Arguments.of("established before the founding act", valid.replace("2010-02-15", "2010-03-02"), 422,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommissions")
    void badInputIsRefusedAndNothingIsWritten(String what, String json, int status, String field) throws Exception {
        var code = RegionalApi.freshCode();
        var body = json.replace("CODE", code);
        var result = mvc.perform(post(COMMISSIONS).with(TestUsers.as(Role.NATIONAL_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(api.read(COMMISSIONS + "/" + code).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aCodeTypedInLowerCaseIsStoredInCapitals() throws Exception {
        var code = RegionalApi.freshCode();
        mvc.perform(post(COMMISSIONS).with(TestUsers.as(Role.NATIONAL_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content(RegionalApi.commissionJson(code.toLowerCase(java.util.Locale.ROOT))))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.endsWith(COMMISSIONS + "/" + code)))
                .andExpect(jsonPath("$.code").value(code));
        mvc.perform(get(COMMISSIONS + "/" + code.toLowerCase(java.util.Locale.ROOT)).with(TestUsers.as(Role.LOCAL_MEMBER, code)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secretary").exists());
    }

    @Test
    void aMalformedCodeInThePathIsABadRequest() throws Exception {
        mvc.perform(get(COMMISSIONS + "/V4R").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(COMMISSIONS + "/V4R/members").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aWrongStatusValueIsABadRequestAndChangesNothing() throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code;
        mvc.perform(put(path + "/status").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CLOSED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(put(path + "/status").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(api.<String>value(path, "$.status")).isEqualTo("ACTIVE");
        assertThat(api.etag(path)).isEqualTo("\"2\"");
    }

    @Test
    void invalidInputIsExplainedInBulgarianWhenAskedFor() throws Exception {
        mvc.perform(post(COMMISSIONS).with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Заявката съдържа невалидни полета."))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameBg')].message").value("не може да е празно"))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("задължително поле"));
        mvc.perform(post(COMMISSIONS).with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.commissionJson("VAR")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Вече има комисия с код 'VAR'")));
    }
}
