package org.coordina.regionalcommissions.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.regionalcommissions.internal.web.RegionalApi.COMMISSIONS;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
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

/** {@code /api/v1/commissions/{code}/members}: every endpoint for every caller, concurrency headers and bad input. */
@ModuleApiTest(properties = "coordina.demo.enabled=true")
class MembersApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    RegionalApi api;

    @BeforeEach
    void setUp() {
        api = new RegionalApi(mvc);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void membersWithTheirContactsAreReadByNationalRolesTheAuditorAndTheCommissionItself(Caller caller) throws Exception {
        var code = api.establish();
        var id = api.addMember(code, "Police representative");
        var list = mvc.perform(get(COMMISSIONS + "/" + code + "/members").with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        var one = mvc.perform(get(COMMISSIONS + "/" + code + "/members/" + id).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (Caller.READERS.contains(caller)) {
            list.andExpect(jsonPath("$.content[0].email").value("police@lccthb.example.org"))
                    .andExpect(jsonPath("$.page.totalElements").value(1));
            one.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.name").value("Police representative"))
                    .andExpect(jsonPath("$.phone").value("+359 2 000 001"));
        }
        else {
            list.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOwnSecretaryAddsMembers(Caller caller) throws Exception {
        var code = api.establish();
        var result = mvc.perform(post(COMMISSIONS + "/" + code + "/members").with(caller.on(code))
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.memberJson("Social assistance representative")))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 201)));
        if (caller == Caller.OWN_SECRETARY) {
            result.andExpect(header().exists(HttpHeaders.LOCATION)).andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
            var location = result.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
            assertThat(api.<String>value(location, "$.name")).isEqualTo("Social assistance representative");
        }
        else {
            assertThat(memberCount(code)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOwnSecretaryUpdatesMembers(Caller caller) throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code + "/members/" + api.addMember(code, "Police representative");
        var left = RegionalApi.memberJson("Police representative").replace("}", ", \"leftOn\": \"2020-12-31\"}");
        var result = mvc.perform(put(path).with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(left))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        if (caller == Caller.OWN_SECRETARY) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"2\"")).andExpect(jsonPath("$.leftOn").value("2020-12-31"));
        }
        else {
            assertThat(api.etag(path)).isEqualTo("\"1\"");
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOwnSecretaryRemovesMembers(Caller caller) throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code + "/members/" + api.addMember(code, "Police representative");
        mvc.perform(delete(path).with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 204)));
        assertThat(api.read(path).getResponse().getStatus()).isEqualTo(caller == Caller.OWN_SECRETARY ? 404 : 200);
    }

    @Test
    void aSecretaryCannotTouchAnotherCommissionsMembers() throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code + "/members/" + api.addMember(code, "Police representative");
        var otherSecretary = TestUsers.as(Role.LOCAL_SECRETARY, "VAR");
        mvc.perform(put(path).with(otherSecretary).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.memberJson("Hijacked")))
                .andExpect(status().isForbidden());
        mvc.perform(delete(path).with(otherSecretary).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isForbidden());
        // Not even through its own commission's path: the member belongs to the other commission.
        mvc.perform(put(COMMISSIONS + "/VAR/members/" + path.substring(path.lastIndexOf('/') + 1)).with(otherSecretary)
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(RegionalApi.memberJson("Hijacked")))
                .andExpect(status().isNotFound());
        assertThat(api.<String>value(path, "$.name")).isEqualTo("Police representative");
    }

    @Test
    void anotherCommissionsSecretaryIsRefusedBeforeTheBodyIsRead() throws Exception {
        var code = api.establish();
        var otherSecretary = TestUsers.as(Role.LOCAL_SECRETARY, "VAR");
        // Invalid, unreadable and without If-Match: any of these would be a 4xx of its own if the body were read.
        mvc.perform(post(COMMISSIONS + "/" + code + "/members").with(otherSecretary)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": " + "[".repeat(10_000)))
                .andExpect(status().isForbidden());
        mvc.perform(put(COMMISSIONS + "/" + code + "/members/" + UUID.randomUUID()).with(otherSecretary)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void changesWithoutIfMatchAreRefusedWith428AndStaleOnesWith412() throws Exception {
        var code = api.establish();
        var path = COMMISSIONS + "/" + code + "/members/" + api.addMember(code, "Police representative");
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        mvc.perform(put(path).with(secretary).contentType(MediaType.APPLICATION_JSON).content(RegionalApi.memberJson("X")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(delete(path).with(secretary)).andExpect(status().isPreconditionRequired());
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.memberJson("Renamed")))
                .andExpect(status().isOk());
        mvc.perform(put(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(RegionalApi.memberJson("Stale")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(path).with(secretary).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isPreconditionFailed());
        assertThat(api.<String>value(path, "$.name")).isEqualTo("Renamed");
    }

    @Test
    void unknownCommissionsAndMembersAreNotFoundAndMalformedIdsAreBadRequests() throws Exception {
        var code = api.establish();
        mvc.perform(get(COMMISSIONS + "/QQQ/members").with(TestUsers.as(Role.NATIONAL_EXPERT)))
                .andExpect(status().isNotFound());
        mvc.perform(get(COMMISSIONS + "/" + code + "/members/" + UUID.randomUUID()).with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(COMMISSIONS + "/" + code + "/members/not-a-uuid").with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest());
    }

    static Stream<Arguments> badMembers() {
        var valid = RegionalApi.memberJson("Police representative");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"name\": ", 400, null),
                Arguments.of("no fields", "{}", 422, "name"),
                Arguments.of("missing institution", valid.replace("\"institution\": \"Regional Police Directorate\",", ""),
                        422, "institution"),
                Arguments.of("oversized name", valid.replace("Police representative", "x".repeat(201)), 422, "name"),
                Arguments.of("invalid email", valid.replace("police@lccthb.example.org", "police-at-example"), 422, "email"),
                Arguments.of("invalid phone", valid.replace("+359 2 000 001", "call me"), 422, "phone"),
                Arguments.of("date as text", valid.replace("2015-01-01", "yesterday"), 400, "joinedOn"),
                Arguments.of("left before joined", valid.replace("}", ", \"leftOn\": \"2014-12-31\"}"), 422, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMembers")
    void badInputIsRefusedAndNothingIsWritten(String what, String json, int status, String field) throws Exception {
        var code = api.establish();
        var result = mvc.perform(post(COMMISSIONS + "/" + code + "/members").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(memberCount(code)).isZero();
    }

    @Test
    void aMemberWhoLeftBeforeJoiningIsExplainedInBulgarian() throws Exception {
        var code = api.establish();
        mvc.perform(post(COMMISSIONS + "/" + code + "/members").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "bg").contentType(MediaType.APPLICATION_JSON)
                .content(RegionalApi.memberJson("Police representative").replace("}", ", \"leftOn\": \"2014-12-31\"}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Член не може да напусне (2014-12-31) преди да се е присъединил (2015-01-01)."));
    }

    private int memberCount(String code) throws Exception {
        return api.<Integer>value(COMMISSIONS + "/" + code + "/members", "$.page.totalElements");
    }
}
