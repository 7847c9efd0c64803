package org.coordina.internationalcooperation.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /api/v1/cooperation}: every resource for every caller, a secretary recording its commission's activities,
 * bad input (nothing written), If-Match, and the deadlines' calendar parsed back with ical4j.
 */
@ModuleApiTest
class CooperationApiIntegrationTests {

    static final String API = "/api/v1/cooperation";

    static final Set<Caller> READERS = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT, Caller.OWN_SECRETARY,
            Caller.OTHER_SECRETARY, Caller.AUDITOR);

    static final Set<Caller> WRITERS = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT);

    static final Set<Caller> HISTORY_READERS = EnumSet.of(Caller.NATIONAL_ADMIN, Caller.NATIONAL_EXPERT, Caller.AUDITOR);

    private static final AtomicInteger codes = new AtomicInteger();

    private static final RequestPostProcessor ADMIN = TestUsers.as(Role.NATIONAL_ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A commission known to the module's projection (as its CommissionEstablished would make it). */
    String knownCommission() {
        int n = codes.getAndIncrement();
        var code = "Y" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
        jdbc.sql("INSERT INTO internationalcooperation.known_commission (id, code, name_bg, name_en, status,"
                + " source_version, projected_at) VALUES (?, ?, 'МКБТХ', 'LCCTHB', 'ACTIVE', 1, now())")
                .params(UUID.randomUUID(), code).update();
        return code;
    }

    static String partnerJson(String name) {
        return """
                {"nameBg": "Партньор", "nameEn": "%s", "kind": "INTERNATIONAL_ORGANISATION", "country": "AT",
                 "contacts": "office@example.org", "website": "https://example.org"}
                """.formatted(name);
    }

    static String agreementJson(String partner, String validTo) {
        return """
                {"partnerIds": ["%s"], "kind": "MEMORANDUM_OF_UNDERSTANDING", "titleBg": "Меморандум",
                 "titleEn": "Memorandum", "validFrom": "2030-01-01", "validTo": %s, "documentReference": "M-1"}
                """.formatted(partner, validTo == null ? "null" : "\"" + validTo + "\"");
    }

    static String activityJson(String commission) {
        return """
                {"kind": "STUDY_VISIT", "titleBg": "Посещение", "titleEn": "Study visit", "startsOn": "2030-05-03",
                 "endsOn": "2030-05-05", "place": "Vienna", "commissions": [%s], "funder": "Fund", "budget": 1200.5,
                 "currency": "EUR", "outcomes": "Exchange of practice", "peopleReached": 14}
                """.formatted(commission == null ? "" : "\"" + commission + "\"");
    }

    static String obligationJson(String firstDueOn) {
        return """
                {"body": "GRETA", "titleBg": "Въпросник; GRETA, кръг", "titleEn": "GRETA questionnaire, round five",
                 "legalBasis": "Convention, Art. 38", "recurrence": "CUSTOM", "recurrenceMonths": 48,
                 "firstDueOn": "%s", "responsibleUnit": "Secretariat"}
                """.formatted(firstDueOn);
    }

    static final String INITIATIVE = """
            {"titleBg": "Транспониране", "titleEn": "Transposition", "euAct": "Directive (EU) 2024/1712",
             "responsibleInstitution": "Ministry of Justice", "stage": "PROPOSAL", "reachedOn": "2030-01-15"}
            """;

    String create(String path, String json) throws Exception {
        var result = mvc.perform(post(API + path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn();
        return API + path + "/" + JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    String partner() throws Exception {
        var path = create("/partners", partnerJson("IOM"));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM internationalcooperation." + table).query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void nationalRolesSecretariesAndTheAuditorReadEverything(Caller caller) throws Exception {
        var code = knownCommission();
        var partner = partner();
        var paths = List.of(API + "/partners/" + partner, create("/agreements", agreementJson(partner, null)),
                create("/activities", activityJson(code)), create("/obligations", obligationJson("2030-06-30")),
                create("/legislative-initiatives", INITIATIVE));
        for (var path : paths) {
            mvc.perform(get(path).with(caller.on(code))).andExpect(status().is(caller.expect(READERS, 200)));
            mvc.perform(get(path.substring(0, path.lastIndexOf('/'))).with(caller.on(code)))
                    .andExpect(status().is(caller.expect(READERS, 200)));
            mvc.perform(get(path + "/history").with(caller.on(code)))
                    .andExpect(status().is(caller.expect(HISTORY_READERS, 200)));
        }
        mvc.perform(get(API + "/obligations.ics").with(caller.on(code)))
                .andExpect(status().is(caller.expect(READERS, 200)));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdminAndExpertsWrite(Caller caller) throws Exception {
        var code = knownCommission();
        var partner = partner();
        var allowed = WRITERS.contains(caller);
        var writes = List.of(
                List.of("/partners", partnerJson("Europol"), "partner"),
                List.of("/agreements", agreementJson(partner, "2031-12-31"), "agreement"),
                List.of("/activities", activityJson(code), "cooperation_activity"),
                List.of("/obligations", obligationJson("2030-06-30"), "obligation"),
                List.of("/legislative-initiatives", INITIATIVE, "legislative_initiative"));
        for (var write : writes) {
            long before = count(write.get(2));
            mvc.perform(post(API + write.get(0)).with(caller.on(code)).contentType(MediaType.APPLICATION_JSON)
                    .content(write.get(1))).andExpect(status().is(caller.expect(WRITERS, 201)));
            assertThat(count(write.get(2))).as(write.get(0)).isEqualTo(allowed ? before + 1 : before);
        }
        var partnerPath = API + "/partners/" + partner;
        mvc.perform(put(partnerPath).with(caller.on(code)).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(partnerJson("Renamed")))
                .andExpect(status().is(caller.expect(WRITERS, 200)));
        assertThat(value(partnerPath, "$.nameEn")).isEqualTo(allowed ? "Renamed" : "IOM");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void aSecretaryRecordsTheActivitiesItsCommissionTakesPartInAndNoOtherCommissions(Caller caller)
            throws Exception {
        var code = knownCommission();
        long before = count("cooperation_activity");
        var result = mvc.perform(post(API + "/commissions/" + code + "/activities").with(caller.on(code))
                .contentType(MediaType.APPLICATION_JSON).content(activityJson(code)))
                .andExpect(status().is(caller.expect(Caller.OWN_SECRETARY_ONLY, 201)));
        assertThat(count("cooperation_activity")).isEqualTo(caller == Caller.OWN_SECRETARY ? before + 1 : before);
        if (caller == Caller.OWN_SECRETARY) {
            var location = result.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
            assertThat(location).startsWith(API + "/activities/");
            assertThat(value(location, "$.commissions[0]")).isEqualTo(code);
        }
    }

    @Test
    void aSecretaryCannotRecordAnActivityWithoutItsCommissionAndIsRefusedBeforeTheBodyIsReadForAnother()
            throws Exception {
        var code = knownCommission();
        var other = knownCommission();
        long before = count("cooperation_activity");
        mvc.perform(post(API + "/commissions/" + code + "/activities").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(activityJson(other)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(API + "/commissions/" + other + "/activities").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": " + "[".repeat(10_000)))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/commissions/" + code + "/activities").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(activityJson(null).replace("[]", "[\"" + code
                        + "\", \"QQQ\"]")))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("cooperation_activity")).isEqualTo(before);
    }

    @Test
    void changesWithoutIfMatchAreRefusedWith428AndStaleOnesWith412() throws Exception {
        var partner = partner();
        var agreement = create("/agreements", agreementJson(partner, "2031-12-31"));
        mvc.perform(put(agreement).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(agreementJson(partner, "2032-12-31"))).andExpect(status().isPreconditionRequired());
        mvc.perform(post(agreement + "/sign").with(ADMIN).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"signedOn\": \"2030-01-02\"}"))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.status").value("IN_FORCE"));
        mvc.perform(post(agreement + "/terminate").with(ADMIN).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post(agreement + "/sign").with(ADMIN).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"signedOn\": \"2030-01-02\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(value(agreement, "$.status")).isEqualTo("IN_FORCE");
        mvc.perform(put(agreement).with(ADMIN).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content(agreementJson(partner, "2031-12-31")))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
    }

    @Test
    void anObligationsDeadlineIsSubmittedAndTheNextOneOpensFromItsRecurrence() throws Exception {
        var obligation = create("/obligations", obligationJson("2030-01-31"));
        String occurrence = value(obligation, "$.occurrences[0].id");
        mvc.perform(post(obligation + "/occurrences/" + occurrence + "/submit").with(ADMIN)
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"submittedOn\": \"2030-01-20\", \"reference\": \"GRETA(2030)01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occurrences[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.occurrences[1].dueOn").value("2034-01-31"))
                .andExpect(jsonPath("$.nextDueOn").value("2034-01-31"));
        mvc.perform(post(obligation + "/occurrences/" + occurrence + "/submit").with(ADMIN)
                .header(HttpHeaders.IF_MATCH, "\"2\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"submittedOn\": \"2030-01-20\", \"reference\": \"again\"}"))
                .andExpect(status().isConflict());
        var initiative = create("/legislative-initiatives", INITIATIVE);
        mvc.perform(post(initiative + "/advance").with(ADMIN).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"stage\": \"IN_PARLIAMENT\", \"reachedOn\": \"2030-04-01\", \"note\": \"Tabled\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stages[1].stage").value("IN_PARLIAMENT"));
        mvc.perform(post(initiative + "/advance").with(ADMIN).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"PROPOSAL\", \"reachedOn\": \"2030-05-01\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theDeadlinesAreAnICalendarFeedOfAllDayEventsWithStableUids() throws Exception {
        var obligation = create("/obligations", obligationJson("2099-02-28"));
        String occurrence = value(obligation, "$.occurrences[0].id");

        var first = feed("en");
        var second = feed(null);

        assertThat(first).contains("\r\n").doesNotContain("\n\n");
        var event = event(first, occurrence);
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20990228");
        assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20990301");
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("GRETA: GRETA questionnaire, round five");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Legal basis: Convention, Art. 38");
        assertThat(event(second, occurrence).getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("GRETA: Въпросник; GRETA, кръг");
        assertThat(event(second, occurrence).getProperty("UID").orElseThrow().getValue())
                .isEqualTo(occurrence + "@internationalcooperation.coordina");
    }

    private String feed(String language) throws Exception {
        var request = get(API + "/obligations.ics").with(TestUsers.as(Role.NATIONAL_EXPERT));
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request)
                .andExpect(status().isOk()).andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static VEvent event(String text, String occurrence) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(text)).getComponents(Component.VEVENT);
        return events.stream().filter(each -> each.getProperty("UID").orElseThrow().getValue()
                .equals(occurrence + "@internationalcooperation.coordina")).findFirst().orElseThrow();
    }

    static Stream<Arguments> badActivities() {
        var valid = activityJson(null);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"kind\": ", 400),
                Arguments.of("no fields", "{}", 422),
                Arguments.of("missing start", valid.replace("\"startsOn\": \"2030-05-03\",", ""), 422),
                Arguments.of("oversized title", valid.replace("Study visit", "x".repeat(301)), 422),
                Arguments.of("date as text", valid.replace("2030-05-03", "tomorrow"), 400),
                Arguments.of("unknown kind", valid.replace("STUDY_VISIT", "PARTY"), 400),
                Arguments.of("number as text", valid.replace("14}", "\"many\"}"), 400),
                Arguments.of("negative budget", valid.replace("1200.5", "-1"), 422),
                Arguments.of("malformed commission code", valid.replace("[]", "[\"V4R\"]"), 422),
                Arguments.of("unknown commission", valid.replace("[]", "[\"QQQ\"]"), 422),
                Arguments.of("unknown partner", valid.replace("}", ", \"partnerIds\": [\"" + UUID.randomUUID() + "\"]}"),
                        422),
                Arguments.of("ends before it starts", valid.replace("2030-05-05", "2030-05-01"), 422),
                Arguments.of("referral counts on a visit", valid.replace("}", ", \"referrals\": 2}"), 422),
                Arguments.of("referral without countries", valid.replace("STUDY_VISIT", "TRANSNATIONAL_REFERRAL")
                        .replace("}", ", \"referrals\": 2}"), 422),
                Arguments.of("malformed country", valid.replace("STUDY_VISIT", "TRANSNATIONAL_REFERRAL")
                        .replace("}", ", \"referrals\": 2, \"countries\": [\"Germany\"]}"), 422));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badActivities")
    void badActivitiesAreRefusedAndNothingIsWritten(String what, String json, int status) throws Exception {
        long before = count("cooperation_activity");
        mvc.perform(post(API + "/activities").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count("cooperation_activity")).isEqualTo(before);
    }

    @Test
    void badPartnersAgreementsObligationsAndInitiativesAreRefusedAndNothingIsWritten() throws Exception {
        var partner = partner();
        var bad = List.of(
                List.of("/partners", partnerJson("IOM").replace("\"AT\"", "\"Austria\""), "422", "partner"),
                List.of("/partners", partnerJson("IOM").replace("https://example.org", "javascript:alert(1)"), "422",
                        "partner"),
                List.of("/agreements", agreementJson(partner, "2029-12-31"), "422", "agreement"),
                List.of("/agreements", agreementJson(UUID.randomUUID().toString(), null), "422", "agreement"),
                List.of("/agreements", agreementJson(partner, null).replace("[\"" + partner + "\"]", "[]"), "422",
                        "agreement"),
                List.of("/obligations", obligationJson("2030-01-01").replace("48", "0"), "422", "obligation"),
                List.of("/obligations", obligationJson("2030-01-01").replace("\"CUSTOM\"", "\"YEARLY\""), "422",
                        "obligation"),
                List.of("/obligations", obligationJson("2030-01-01").replace("\"CUSTOM\"", "\"WEEKLY\""), "400",
                        "obligation"),
                List.of("/legislative-initiatives", INITIATIVE.replace("PROPOSAL", "ADOPTED"), "422",
                        "legislative_initiative"),
                List.of("/legislative-initiatives", INITIATIVE.replace("Ministry of Justice", " "), "422",
                        "legislative_initiative"));
        for (var each : bad) {
            long before = count(each.get(3));
            mvc.perform(post(API + each.get(0)).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(each.get(1)))
                    .andExpect(status().is(Integer.parseInt(each.get(2))))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(count(each.get(3))).as(each.get(1)).isEqualTo(before);
        }
        mvc.perform(get(API + "/partners").param("sort", "website").with(ADMIN)).andExpect(status().isBadRequest());
        mvc.perform(get(API + "/partners/" + UUID.randomUUID()).with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get(API + "/partners/not-a-uuid").with(ADMIN)).andExpect(status().isBadRequest());
    }

    @Test
    void aRuleViolationIsExplainedInBulgarian() throws Exception {
        mvc.perform(post(API + "/activities").with(ADMIN).header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                .contentType(MediaType.APPLICATION_JSON).content(activityJson(null).replace("2030-05-05", "2030-05-01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Дейността не може да завършва (2030-05-01) преди да е започнала (2030-05-03)."));
    }

    @Test
    void theListsFilterAndShowTheNextDeadline() throws Exception {
        var code = knownCommission();
        create("/activities", activityJson(code));
        create("/obligations", obligationJson("2031-03-31"));
        mvc.perform(get(API + "/activities").param("commission", code).with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].commissions[0]").value(code));
        mvc.perform(get(API + "/obligations").param("body", "GRETA").param("sort", "nextDueOn,desc").with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].nextStatus").value("OPEN"));
        mvc.perform(get(API + "/legislative-initiatives").param("stage", "PROPOSAL").with(ADMIN))
                .andExpect(status().isOk());
        mvc.perform(get(API + "/agreements").param("status", "DRAFT").with(ADMIN)).andExpect(status().isOk());
    }

    private String value(String path, String jsonPath) throws Exception {
        var result = mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), jsonPath).toString();
    }
}
