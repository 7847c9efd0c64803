package org.coordina.meetings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.meetings.internal.web.MeetingsApi.MEETINGS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
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

/** {@code /api/v1/meetings}: every endpoint for every caller, the lifecycle, concurrency headers and bad input. */
@ModuleApiTest
class MeetingsApiIntegrationTests {

    static final Set<Caller> NATIONAL_ORGANISERS = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    MeetingsApi api;

    @BeforeEach
    void setUp() {
        api = new MeetingsApi(mvc, jdbc);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void aNationalMeetingIsReadByNationalRolesTheAuditorAndTheInvitedCommission(Caller caller) throws Exception {
        var code = api.knownCommission();
        var path = api.national(code, 2030);
        var result = mvc.perform(get(path).with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        for (var part : List.of("/sessions", "/participants", "/action-items", "/minutes", "/history")) {
            mvc.perform(get(path + part).with(caller.on(code)))
                    .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        }
        if (Caller.READERS.contains(caller)) {
            result.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.organiser").value("national"))
                    .andExpect(jsonPath("$.invited[0]").value(code))
                    .andExpect(jsonPath("$.zoneId").value("Europe/Sofia"))
                    .andExpect(jsonPath("$.status").value("PLANNED"));
        }
        else {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void aCommissionsMeetingIsReadByItsOwnPeopleAndNationalRoles(Caller caller) throws Exception {
        var code = api.knownCommission();
        var path = api.ofCommission(code, 2030);
        mvc.perform(get(path).with(caller.on(code))).andExpect(status().is(caller.expect(Caller.READERS, 200)));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theNationalAdminAndExpertsOrganiseNationalMeetings(Caller caller) throws Exception {
        var code = api.knownCommission();
        long before = api.count();
        var result = mvc.perform(post(MEETINGS).with(caller.on(code)).contentType(MediaType.APPLICATION_JSON)
                .content(MeetingsApi.meetingJson("national", code, 2030)))
                .andExpect(status().is(caller.expect(NATIONAL_ORGANISERS, 201)));
        if (NATIONAL_ORGANISERS.contains(caller)) {
            result.andExpect(header().exists(HttpHeaders.LOCATION)).andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
            var location = result.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
            assertThat(api.<String>value(location, "$.titleEn")).isEqualTo("Expert meeting");
        }
        else {
            assertThat(api.count()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void aSecretaryOrganisesItsOwnCommissionsMeetingsOnly(Caller caller) throws Exception {
        var code = api.knownCommission();
        long before = api.count();
        mvc.perform(post(MEETINGS).with(caller.on(code)).contentType(MediaType.APPLICATION_JSON)
                .content(MeetingsApi.meetingJson(code.toLowerCase(), null, 2030)))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 201)));
        assertThat(api.count()).isEqualTo(caller == Caller.OWN_SECRETARY ? before + 1 : before);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheOrganiserChangesAMeeting(Caller caller) throws Exception {
        var code = api.knownCommission();
        var national = api.national(code, 2030);
        var own = api.ofCommission(code, 2030);
        mvc.perform(put(national).with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(MeetingsApi.detailsJson("Renamed", code)))
                .andExpect(status().is(caller.expect(NATIONAL_ORGANISERS, 200)));
        mvc.perform(post(own + "/cancel").with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"No quorum\"}"))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 200)));
        assertThat(api.<String>value(national, "$.titleEn")).isEqualTo(
                NATIONAL_ORGANISERS.contains(caller) ? "Renamed" : "Expert meeting");
        assertThat(api.<String>value(own, "$.status")).isEqualTo(caller == Caller.OWN_SECRETARY ? "CANCELLED" : "PLANNED");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theListShowsEachCallerTheMeetingsItMayRead(Caller caller) throws Exception {
        var code = api.knownCommission();
        // Later than any other test's meetings, so that they come first in the list (newest first).
        var national = id(api.national(code, 2040));
        var own = id(api.ofCommission(code, 2040));
        var elsewhere = id(api.ofCommission(api.knownCommission(), 2040));
        var allowed = EnumSet.complementOf(EnumSet.of(Caller.INTEGRATOR, Caller.ANONYMOUS));
        var result = mvc.perform(get(MEETINGS).param("size", "200").with(caller.on(code)))
                .andExpect(status().is(caller.expect(allowed, 200)));
        if (!allowed.contains(caller)) {
            return;
        }
        List<String> ids = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.content[*].id");
        if (Caller.READERS.contains(caller)) {
            assertThat(ids).contains(national, own);
        }
        else {
            assertThat(ids).doesNotContain(national, own);
        }
        if (EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT, Caller.AUDITOR).contains(caller)) {
            assertThat(ids).contains(elsewhere);
        }
        else {
            assertThat(ids).doesNotContain(elsewhere);
        }
    }

    @Test
    void theListFiltersSortsAndRefusesUnknownSortKeys() throws Exception {
        var code = api.knownCommission();
        var early = id(api.ofCommission(code, 2034));
        var late = id(api.ofCommission(code, 2035));
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        mvc.perform(get(MEETINGS).param("organiser", code).param("sort", "startsAt,asc").with(secretary))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(early))
                .andExpect(jsonPath("$.content[1].id").value(late))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get(MEETINGS).param("organiser", code).with(secretary))
                .andExpect(jsonPath("$.content[0].id").value(late));
        mvc.perform(get(MEETINGS).param("organiser", code).param("status", "CLOSED").with(secretary))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get(MEETINGS).param("sort", "place").with(secretary)).andExpect(status().isBadRequest());
        mvc.perform(get(MEETINGS).param("status", "SOMEDAY").with(secretary)).andExpect(status().isBadRequest());
    }

    @Test
    void aMeetingRunsThroughItsLifecycleAndIllegalTransitionsNameTheCurrentState() throws Exception {
        var code = api.knownCommission();
        var path = api.national(code, 2020);
        assertThat(api.post(path, "/close", null).getResponse().getStatus()).isEqualTo(409);
        mvc.perform(post(path + "/close").with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("PLANNED")));
        assertStatus(api.put(path, "/sessions", """
                {"sessions": [
                  {"part": "OPENING", "titleBg": "Откриване", "titleEn": "Opening", "moderator": "Secretary"},
                  {"titleBg": "Тенденции", "titleEn": "Trends", "moderator": "Moderator",
                   "startsAt": "2020-12-03T10:30:00", "endsAt": "2020-12-03T12:00:00",
                   "speakers": [{"name": "Secretary of the commission", "role": "secretary", "commission": "%s"}],
                   "links": [{"kind": "TREND_REPORT", "reference": "%s/2020", "label": "Trend report"}]},
                  {"part": "CLOSING", "titleBg": "Закриване", "titleEn": "Closing"}]}
                """.formatted(code, code)), 200);
        assertStatus(api.put(path, "/participants", """
                {"participants": [
                  {"name": "Secretary of NCCTHB", "institution": "NCCTHB", "role": "SECRETARY", "attendance": "PRESENT"},
                  {"name": "Secretary of the commission", "commission": "%s", "role": "SPEAKER", "attendance": "PRESENT"},
                  {"name": "Expert", "role": "EXPERT", "attendance": "EXCUSED"}]}
                """.formatted(code)), 200);
        assertStatus(api.post(path, "/decisions", "{\"textBg\": \"Р\", \"textEn\": \"D\"}"), 409);
        var held = api.post(path, "/hold", null);
        assertThat(held.getResponse().getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(held.getResponse().getContentAsString(), "$.attendance.present")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(held.getResponse().getContentAsString(), "$.attendance.invited")).isEqualTo(3);
        mvc.perform(post(path + "/cancel").with(TestUsers.as(Role.NATIONAL_EXPERT)).header(HttpHeaders.IF_MATCH,
                api.etag(path)).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Too late\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("HELD")));
        assertStatus(api.post(path, "/decisions", "{\"textBg\": \"Решение\", \"textEn\": \"Decision\"}"), 200);
        var agreed = api.post(path, "/action-items", """
                {"descriptionBg": "Кампания", "descriptionEn": "Campaign", "responsible": "%s",
                 "dueDate": "2021-10-18", "targetYear": 2021, "sectionCode": "II"}
                """.formatted(code.toLowerCase()));
        assertThat(agreed.getResponse().getStatus()).isEqualTo(200);
        String itemId = JsonPath.read(agreed.getResponse().getContentAsString(), "$.actionItems[0].id");
        assertStatus(api.post(path, "/close", null), 422);
        assertStatus(api.put(path, "/minutes", """
                {"textBg": "Протокол", "textEn": "Minutes", "conclusionsBg": "Изводи", "conclusionsEn": "Conclusions"}
                """), 200);
        assertStatus(api.post(path, "/close", null), 200);
        assertStatus(api.put(path, "/minutes", "{\"textBg\": \"Протокол 2\", \"textEn\": \"Minutes 2\"}"), 422);
        assertStatus(api.put(path, "/minutes",
                "{\"textBg\": \"Протокол 2\", \"textEn\": \"Minutes 2\", \"reason\": \"Typo\"}"), 200);
        assertStatus(api.put(path, "/action-items/" + itemId + "/status", "{\"status\": \"DONE\"}"), 200);
        assertStatus(api.put(path, "/action-items/" + UUID.randomUUID() + "/status", "{\"status\": \"DONE\"}"), 404);

        var view = api.read(path).getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(view, "$.status")).isEqualTo("CLOSED");
        assertThat(JsonPath.<String>read(view, "$.agenda[1].speakers[0].commission")).isEqualTo(code);
        assertThat(JsonPath.<String>read(view, "$.agenda[1].links[0].kind")).isEqualTo("TREND_REPORT");
        assertThat(JsonPath.<String>read(view, "$.actionItems[0].status")).isEqualTo("DONE");
        assertThat(JsonPath.<String>read(view, "$.actionItems[0].responsible")).isEqualTo(code);
        assertThat(JsonPath.<String>read(view, "$.minutes.textEn")).isEqualTo("Minutes 2");
        assertThat(JsonPath.<java.util.Map<String, Object>>read(view, "$.minutes")).as("PUT replaces the minutes")
                .doesNotContainKey("conclusionsEn");
        assertThat(JsonPath.<String>read(view, "$.minutesPublishedAt")).isNotNull();
        var history = api.read(path + "/history").getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].action")).containsExactly("scheduled", "agenda changed",
                "participants changed", "held", "decision recorded", "action item agreed", "minutes written", "closed",
                "minutes corrected", "action item done");
        assertThat(JsonPath.<String>read(history, "$[8].reason")).isEqualTo("Typo");
        assertThat(JsonPath.<String>read(history, "$[8].changedBy")).isEqualTo("national_admin");
    }

    @Test
    void reschedulingRaisesTheSequenceAndIsKeptInHistoryWithItsReason() throws Exception {
        var path = api.national(api.knownCommission(), 2036);
        var moved = api.post(path, "/reschedule", """
                {"startsAt": "2036-12-10T09:00:00", "endsAt": "2036-12-10T11:00:00", "zoneId": "Europe/Brussels",
                 "reason": "Clash with the EU network meeting"}
                """);
        assertThat(moved.getResponse().getStatus()).isEqualTo(200);
        assertThat(moved.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"2\"");
        assertThat(JsonPath.<Integer>read(moved.getResponse().getContentAsString(), "$.sequence")).isEqualTo(1);
        assertThat(JsonPath.<String>read(moved.getResponse().getContentAsString(), "$.zoneId"))
                .isEqualTo("Europe/Brussels");
        var history = api.read(path + "/history").getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(history, "$[1].reason")).isEqualTo("Clash with the EU network meeting");
        assertThat(JsonPath.<List<String>>read(history, "$[1].changes[*].field")).contains("startsAt", "zoneId",
                "sequence");
        assertStatus(api.post(path, "/hold", null), 409);
    }

    @Test
    void changesWithoutIfMatchAreRefusedWith428AndStaleOnesWith412() throws Exception {
        var code = api.knownCommission();
        var path = api.national(code, 2030);
        var admin = TestUsers.as(Role.NATIONAL_ADMIN);
        mvc.perform(put(path).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(MeetingsApi.detailsJson("X", code))).andExpect(status().isPreconditionRequired());
        mvc.perform(post(path + "/hold").with(admin)).andExpect(status().isPreconditionRequired());
        mvc.perform(put(path).with(admin).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(MeetingsApi.detailsJson("Renamed", code))).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(put(path).with(admin).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(MeetingsApi.detailsJson("Stale", code))).andExpect(status().isPreconditionFailed());
        mvc.perform(post(path + "/cancel").with(admin).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(api.<String>value(path, "$.titleEn")).isEqualTo("Renamed");
        assertThat(api.etag(path)).isEqualTo("\"2\"");
    }

    @Test
    void aCallerWhoMayNotChangeAMeetingIsRefusedBeforeTheBodyIsRead() throws Exception {
        var code = api.knownCommission();
        var path = api.national(code, 2030);
        var invitedSecretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        // Unreadable and without If-Match: either would be a 4xx of its own if the body were read.
        mvc.perform(put(path).with(invitedSecretary).contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleBg\": " + "[".repeat(10_000)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(path + "/participants").with(TestUsers.as(Role.LOCAL_MEMBER, code))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).with(TestUsers.as(Role.LOCAL_SECRETARY, Caller.OTHER_COMMISSION)))
                .andExpect(status().isForbidden());
        assertThat(api.etag(path)).isEqualTo("\"1\"");
    }

    @Test
    void unknownMeetingsAreNotFoundAndMalformedIdsAreBadRequests() throws Exception {
        mvc.perform(get(MEETINGS + "/" + UUID.randomUUID()).with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(MEETINGS + "/not-a-uuid").with(TestUsers.as(Role.AUDITOR))).andExpect(status().isBadRequest());
        mvc.perform(get(MEETINGS + "/" + UUID.randomUUID()).with(TestUsers.as(Role.INTEGRATOR)))
                .andExpect(status().isForbidden());
    }

    static Stream<Arguments> badMeetings() {
        var valid = MeetingsApi.meetingJson("national", "BLG", 2030).replace("[\"BLG\"]", "[]");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"organiser\": ", 400, null),
                Arguments.of("no fields", "{}", 422, "titleBg"),
                Arguments.of("missing start", valid.replace("\"startsAt\": \"2030-12-03T10:00:00\",", ""), 422,
                        "startsAt"),
                Arguments.of("oversized title", valid.replace("Expert meeting", "x".repeat(301)), 422, "titleEn"),
                Arguments.of("date as text", valid.replace("2030-12-03T10:00:00", "tomorrow"), 400, "startsAt"),
                Arguments.of("unknown kind", valid.replace("EXPERT_WORKING_MEETING", "PARTY"), 400, "kind"),
                Arguments.of("malformed commission code", valid.replace("[]", "[\"V4R\"]"), 422, "invited[0]"),
                Arguments.of("bad organiser", valid.replace("\"national\"", "\"the ministry\""), 400, "organiser"),
                Arguments.of("unknown commission", valid.replace("[]", "[\"QQQ\"]"), 422, null),
                Arguments.of("online without link", valid.replace("\"https://meet.example.org/x\"", "null"), 422, null),
                Arguments.of("ends before it starts", valid.replace("2030-12-03T15:00:00", "2030-12-03T09:00:00"), 422,
                        null),
                Arguments.of("unknown zone", valid.replace("}", ", \"zoneId\": \"Mars/Olympus\"}"), 422, null),
                Arguments.of("follow-up of nothing",
                        valid.replace("}", ", \"followUpOf\": \"" + UUID.randomUUID() + "\"}"), 422, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMeetings")
    void badInputIsRefusedAndNothingIsWritten(String what, String json, int status, String field) throws Exception {
        long before = api.count();
        var result = mvc.perform(post(MEETINGS).with(TestUsers.as(Role.NATIONAL_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(api.count()).isEqualTo(before);
    }

    @Test
    void badAgendasParticipantsAndItemsAreRefusedAndNothingChanges() throws Exception {
        var code = api.knownCommission();
        var path = api.national(code, 2020);
        assertStatus(api.put(path, "/sessions", "{\"sessions\": [{\"titleBg\": \"Т\"}]}"), 422);
        assertStatus(api.put(path, "/sessions", "{\"sessions\": [{\"titleBg\": \"Т\", \"titleEn\": \"T\","
                + " \"startsAt\": \"2020-12-04T10:00:00\"}]}"), 422);
        assertStatus(api.put(path, "/sessions", "{\"sessions\": [{\"part\": \"CLOSING\", \"titleBg\": \"Т\","
                + " \"titleEn\": \"T\"}, {\"titleBg\": \"Т\", \"titleEn\": \"T\"}]}"), 422);
        assertStatus(api.put(path, "/participants", "{\"participants\": [{\"name\": \"P\"}]}"), 422);
        assertStatus(api.put(path, "/participants",
                "{\"participants\": [{\"name\": \"P\", \"role\": \"EXPERT\", \"commission\": \"QQQ\"}]}"), 422);
        assertStatus(api.put(path, "/participants", "{\"participants\": [{\"id\": \"" + UUID.randomUUID()
                + "\", \"name\": \"P\", \"role\": \"EXPERT\"}]}"), 422);
        assertStatus(api.put(path, "/participants", "{\"participants\": [{\"name\": \"P\", \"role\": \"KING\"}]}"), 400);
        api.post(path, "/hold", null);
        assertStatus(api.post(path, "/action-items", "{\"descriptionBg\": \"Д\", \"descriptionEn\": \"D\","
                + " \"responsible\": \"national\", \"targetYear\": 2021, \"sectionCode\": \"Z\"}"), 422);
        assertStatus(api.post(path, "/action-items", "{\"descriptionBg\": \"Д\", \"descriptionEn\": \"D\","
                + " \"responsible\": \"national\", \"targetYear\": 2019}"), 422);
        assertStatus(api.post(path, "/action-items", "{\"descriptionBg\": \"Д\", \"descriptionEn\": \"D\","
                + " \"responsible\": \"QQQ\", \"targetYear\": 2021}"), 422);
        assertStatus(api.post(path, "/decisions", "{\"textBg\": \"Р\", \"textEn\": \"" + "x".repeat(4001) + "\"}"), 422);
        assertThat(api.etag(path)).isEqualTo("\"2\"");
    }

    @Test
    void aRuleViolationIsExplainedInBulgarian() throws Exception {
        var valid = MeetingsApi.meetingJson("national", "BLG", 2030).replace("[\"BLG\"]", "[]");
        mvc.perform(post(MEETINGS).with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                .contentType(MediaType.APPLICATION_JSON).content(valid.replace("\"https://meet.example.org/x\"", "null")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Среща във формат ONLINE трябва да има връзка за онлайн участие."));
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void assertStatus(org.springframework.test.web.servlet.MvcResult result, int status)
            throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
    }
}
