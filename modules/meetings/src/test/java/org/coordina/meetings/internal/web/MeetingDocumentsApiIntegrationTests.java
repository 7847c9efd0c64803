package org.coordina.meetings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The meeting as documents: {@code …/{id}/minutes.pdf} (text extracted back with PDFBox) and
 * {@code …/{id}/calendar.ics} and {@code /commissions/{code}/meetings.ics} (parsed back with ical4j), for
 * every caller.
 */
@ModuleApiTest
class MeetingDocumentsApiIntegrationTests {

    static final String COMMISSIONS = "/api/v1/commissions/";

    /** User text with markup characters: the PDF must show it as written. */
    static final String MARKUP = "Ред <b>удебелен</b> & \"кавички\"";

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
    void theMinutesAndTheCalendarOfAMeetingAreReadByThoseWhoReadTheMeeting(Caller caller) throws Exception {
        var code = api.knownCommission();
        var national = closed(code);
        var own = api.ofCommission(code, 2031);
        mvc.perform(get(national + "/minutes.pdf").with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        mvc.perform(get(national + "/calendar.ics").with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        var result = mvc.perform(get(own + "/calendar.ics").with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (Caller.READERS.contains(caller)) {
            result.andExpect(content().contentType("text/calendar;charset=UTF-8"));
        }
        else {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theMinutesAreAPdfInBulgarianWithEveryPartOfTheMeeting() throws Exception {
        var code = api.knownCommission();
        var path = closed(code);
        var result = mvc.perform(get(path + "/minutes.pdf").with(TestUsers.as(Role.LOCAL_MEMBER, code)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "bg"))
                .andReturn();

        var text = pdfText(result);
        assertThat(text).contains("Протокол", "Експертна среща", "Експертна работна среща", "Дата", "Часова зона",
                "Europe/Sofia", "Онлайн", "https://meet.example.org/x", "Участници", "Дневен ред", "Модератор",
                "Докладчици", "Изводи", "Решения", "Задачи", "Отговорник", "Срок", "Текст на протокола");
        assertThat(text).contains("3 декември 2020", "10:00 – 15:00");
        assertThat(text).contains("Поканени: 3; присъстващи: 2; отсъстващи: 0; извинени: 1");
        assertThat(text).contains("Секретар на НКБТХ", "Присъства", "Извинен", "Откриване", "Тенденции 2020",
                "Модератор на сесията", "Секретар на комисията");
        assertThat(text).contains("Национална кампания за превенция", "Обучение на местните комисии",
                "Национална комисия", code, "18 октомври 2021", "Изводите от срещата", "Решение за плана 2021",
                "Протоколът на срещата");
        assertThat(text).as("user text is escaped, not read as markup").contains(MARKUP);
        try (var document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            var fonts = new java.util.ArrayList<String>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                var font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
            }
            assertThat(fonts).as("DejaVu Sans from the fonts artifact, embedded as a subset").isNotEmpty()
                    .allSatisfy(font -> assertThat(font).contains("DejaVuSans").endsWith(" embedded"));
        }
    }

    @Test
    void theMinutesAreInEnglishWhenEnglishIsPreferred() throws Exception {
        var code = api.knownCommission();
        var path = closed(code);
        var result = mvc.perform(get(path + "/minutes.pdf").with(TestUsers.as(Role.AUDITOR))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,bg;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
                .andReturn();

        var text = pdfText(result);
        assertThat(text).contains("Minutes", "Expert meeting", "Expert working meeting", "Time zone", "Participants",
                "Agenda", "Moderator", "Speakers", "Conclusions", "Decisions", "Action items", "Responsible",
                "Due date", "Text of the minutes", "3 December 2020", "National prevention campaign",
                "Training of the local commissions", "National Commission", "Invited: 3; present: 2");
        assertThat(text).doesNotContain("Протокол", "Участници");
    }

    @Test
    void minutesOfAMeetingNotClosedAreAConflictNamingItsState() throws Exception {
        var code = api.knownCommission();
        var planned = api.national(code, 2020);
        mvc.perform(get(planned + "/minutes.pdf").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("PLANNED")));
        assertThat(api.post(planned, "/hold", null).getResponse().getStatus()).isEqualTo(200);
        mvc.perform(get(planned + "/minutes.pdf").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "bg"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("HELD")));
        mvc.perform(get(MeetingsApi.MEETINGS + "/" + UUID.randomUUID() + "/minutes.pdf")
                .with(TestUsers.as(Role.AUDITOR))).andExpect(status().isNotFound());
        mvc.perform(get(MeetingsApi.MEETINGS + "/" + UUID.randomUUID() + "/calendar.ics")
                .with(TestUsers.as(Role.AUDITOR))).andExpect(status().isNotFound());
        mvc.perform(get(MeetingsApi.MEETINGS + "/nonsense/minutes.pdf").with(TestUsers.as(Role.AUDITOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theEventKeepsItsUidRaisesItsSequenceOnEachRescheduleAndIsCancelledWithTheMeeting() throws Exception {
        var code = api.knownCommission();
        var path = api.national(code, 2037);
        var id = path.substring(path.lastIndexOf('/') + 1);

        var first = event(path, null);
        assertThat(property(first, "UID")).isEqualTo(id + "@meetings.coordina");
        assertThat(property(first, "SEQUENCE")).isEqualTo("0");
        assertThat(property(first, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(first, "SUMMARY")).isEqualTo("Експертна среща");
        assertThat(tzid(first, "DTSTART")).isEqualTo("Europe/Sofia");
        assertThat(property(first, "DTSTART")).isEqualTo("20371203T100000");
        assertThat(property(first, "URL")).isEqualTo("https://meet.example.org/x");

        assertThat(api.post(path, "/reschedule", """
                {"startsAt": "2037-12-10T09:00:00", "endsAt": "2037-12-10T11:00:00", "zoneId": "Europe/Brussels",
                 "reason": "Clash"}
                """).getResponse().getStatus()).isEqualTo(200);
        var moved = event(path, "en");
        assertThat(property(moved, "UID")).isEqualTo(property(first, "UID"));
        assertThat(property(moved, "SEQUENCE")).isEqualTo("1");
        assertThat(tzid(moved, "DTSTART")).isEqualTo("Europe/Brussels");
        assertThat(tzid(moved, "DTEND")).isEqualTo("Europe/Brussels");
        assertThat(property(moved, "DTSTART")).isEqualTo("20371210T090000");
        assertThat(property(moved, "SUMMARY")).isEqualTo("Expert meeting");

        assertThat(api.post(path, "/reschedule", """
                {"startsAt": "2037-12-11T09:00:00", "endsAt": "2037-12-11T11:00:00", "zoneId": "Europe/Brussels"}
                """).getResponse().getStatus()).isEqualTo(200);
        assertThat(api.post(path, "/cancel", "{\"reason\": \"No quorum\"}").getResponse().getStatus()).isEqualTo(200);
        var cancelled = event(path, null);
        assertThat(property(cancelled, "UID")).isEqualTo(property(first, "UID"));
        assertThat(property(cancelled, "SEQUENCE")).isEqualTo("2");
        assertThat(property(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(cancelled, "DESCRIPTION")).contains("No quorum");
    }

    @Test
    void theCalendarDeclaresTheZoneAndEscapesTextsAndFoldsLongLines() throws Exception {
        var code = api.knownCommission();
        var path = api.national(code, 2038);
        var title = "Среща; с точка и запетая, запетая и \\ наклонена черта " + "дълго заглавие ".repeat(8);
        assertThat(api.put(path, "", """
                {"titleBg": "%s", "titleEn": "Meeting", "kind": "NATIONAL_MEETING", "format": "HYBRID",
                 "place": "София, бул. „Дондуков“ 1", "onlineLink": "https://meet.example.org/y", "invited": ["%s"]}
                """.formatted(title.replace("\\", "\\\\").strip(), code)).getResponse().getStatus()).isEqualTo(200);
        var result = mvc.perform(get(path + "/calendar.ics").with(TestUsers.as(Role.NATIONAL_EXPERT)))
                .andExpect(status().isOk()).andReturn();
        var text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.split("\r\n")).allSatisfy(
                line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

        var calendar = parse(text);
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(zone -> assertThat(property(zone, "TZID")).isEqualTo("Europe/Sofia"));
        assertThat(zones.get(0).getObservances()).as("summer and winter time").hasSize(2);
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(property(event, "SUMMARY")).isEqualTo(title.strip());
        assertThat(property(event, "LOCATION")).isEqualTo("София, бул. „Дондуков“ 1");
        assertThat(property(event, "DTSTAMP")).endsWith("Z");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void aCommissionsFeedShowsItsUpcomingMeetingsToThoseWhoReadItsData(Caller caller) throws Exception {
        var code = api.knownCommission();
        var invitedTo = id(api.national(code, 2032));
        var own = id(api.ofCommission(code, 2033));
        var past = id(api.national(code, 2020));
        var elsewhere = id(api.ofCommission(api.knownCommission(), 2032));
        var result = mvc.perform(get(COMMISSIONS + code + "/meetings.ics").with(caller.on(code)))
                .andExpect(status().is(caller.expect(Caller.READERS, 200)));
        if (!Caller.READERS.contains(caller)) {
            return;
        }
        var calendar = parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var uids = calendar.<VEvent>getComponents(Component.VEVENT).stream().map(event -> property(event, "UID"))
                .toList();
        assertThat(uids).containsExactly(invitedTo + "@meetings.coordina", own + "@meetings.coordina");
        assertThat(uids).doesNotContain(past + "@meetings.coordina", elsewhere + "@meetings.coordina");
    }

    @Test
    void aFeedOfAnUnknownCommissionIsNotFoundAndAMalformedCodeIsABadRequest() throws Exception {
        mvc.perform(get(COMMISSIONS + "QQQ/meetings.ics").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(COMMISSIONS + "V4R/meetings.ics").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isBadRequest());
        var code = api.knownCommission();
        var text = mvc.perform(get(COMMISSIONS + code + "/meetings.ics").with(TestUsers.as(Role.LOCAL_SECRETARY, code)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(parse(text).getComponents(Component.VEVENT)).isEmpty();
    }

    /** A closed national meeting of 3 December 2020 inviting this commission, with everything the minutes show. */
    private String closed(String code) throws Exception {
        var path = api.national(code, 2020);
        expect(api.put(path, "/sessions", """
                {"sessions": [
                  {"part": "OPENING", "titleBg": "Откриване на срещата", "titleEn": "Opening of the meeting",
                   "moderator": "Секретар на НКБТХ"},
                  {"titleBg": "Тенденции 2020", "titleEn": "Trends 2020", "purpose": "Обмен на опит",
                   "moderator": "Модератор на сесията",
                   "startsAt": "2020-12-03T10:30:00", "endsAt": "2020-12-03T12:00:00",
                   "speakers": [{"name": "Секретар на комисията", "role": "секретар", "commission": "%s"}]},
                  {"part": "CLOSING", "titleBg": "Закриване", "titleEn": "Closing"}]}
                """.formatted(code)));
        expect(api.put(path, "/participants", """
                {"participants": [
                  {"name": "Секретар на НКБТХ", "institution": "НКБТХ", "role": "SECRETARY", "attendance": "PRESENT"},
                  {"name": "Секретар на комисията", "commission": "%s", "role": "SPEAKER", "attendance": "PRESENT"},
                  {"name": "Експерт", "role": "EXPERT", "attendance": "EXCUSED"}]}
                """.formatted(code)));
        expect(api.post(path, "/hold", null));
        expect(api.post(path, "/decisions",
                "{\"textBg\": \"Решение за плана 2021\", \"textEn\": \"Decision on the 2021 plan\"}"));
        expect(api.post(path, "/decisions", "{\"textBg\": \"" + MARKUP.replace("\"", "\\\"")
                + "\", \"textEn\": \"Markup <b>bold</b>\"}"));
        expect(api.post(path, "/action-items", """
                {"descriptionBg": "Национална кампания за превенция", "descriptionEn": "National prevention campaign",
                 "responsible": "national", "dueDate": "2021-10-18", "targetYear": 2021, "sectionCode": "II"}
                """));
        expect(api.post(path, "/action-items", """
                {"descriptionBg": "Обучение на местните комисии", "descriptionEn": "Training of the local commissions",
                 "responsible": "%s", "targetYear": 2021}
                """.formatted(code)));
        expect(api.put(path, "/minutes", """
                {"textBg": "Протоколът на срещата.\\nВтори ред.", "textEn": "The minutes of the meeting.",
                 "conclusionsBg": "Изводите от срещата", "conclusionsEn": "The meeting's conclusions"}
                """));
        expect(api.post(path, "/close", null));
        return path;
    }

    private VEvent event(String path, String language) throws Exception {
        var request = get(path + "/calendar.ics").with(TestUsers.as(Role.NATIONAL_ADMIN));
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        var text = mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<VEvent> events = parse(text).getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static String property(Component component, String name) {
        return component.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    static String tzid(Component component, String name) {
        return component.getProperty(name).orElseThrow().getParameter("TZID").orElseThrow().getValue();
    }

    static String pdfText(MvcResult result) throws IOException {
        try (var document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void expect(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
