package org.coordina.pages.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.meetings.internal.Attendance;
import org.coordina.meetings.internal.MeetingDetails;
import org.coordina.meetings.internal.MeetingTime;
import org.coordina.meetings.internal.Participant;
import org.coordina.meetings.internal.ParticipantRole;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.meetings.internal.Meetings;
import org.coordina.pages.Browser;
import org.coordina.pages.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meetings' pages: the national admin browses the calendar to the demo's expert meeting of 3 December 2020,
 * schedules a meeting, meets a stale save and cancels it, records attendance (a tampered form writes nothing); a
 * secretary of a commission a meeting does not concern gets the 403 page; English changes the labels.
 */
@BrowserTest
class MeetingPagesIntegrationTests {

    private static final String EXPERT_MEETING = "Online expert working meeting of the national and local commissions";

    private static final String VARNA_SESSION = "Session of LCCTHB Varna";

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Autowired
    Meetings meetings;

    Browser browser;

    @Test
    void theNationalAdminBrowsesTheCalendarToTheExpertMeetingOfDecember2020() {
        browser.signIn("national.admin").click("[data-nav='meetings.page.nav.meetings']");
        assertThat(browser.path()).isEqualTo("/meetings");
        assertThat(browser.text("[data-test=zone]")).contains("Europe/Sofia");
        assertThat(browser.findAll("[data-test=meetings] tbody tr")).isNotEmpty();
        browser.screenshots("meetings-calendar");

        // htmx: choosing a filter replaces the results in place and puts the filters in the address.
        browser.choose("when", "past");
        waitFor(() -> browser.path().contains("when=past"));
        browser.choose("kind", "EXPERT_WORKING_MEETING");
        waitFor(() -> browser.path().contains("kind=EXPERT_WORKING_MEETING")
                && !browser.findAll("[data-meeting='" + EXPERT_MEETING + "']").isEmpty());
        browser.checked();
        assertThat(browser.findAll("[data-test=meetings] tbody tr td:nth-child(3)")).extracting(cell -> cell.getText())
                .containsOnly("Експертна работна среща");

        // The same filters as a plain GET, as a browser without JavaScript sends them.
        browser.open("/meetings?when=past&kind=EXPERT_WORKING_MEETING&sort=startsAt,asc");
        assertThat(browser.findAll("[data-test=meetings] [data-sort=startsAt]")).hasSize(1);
        browser.click("[data-meeting='" + EXPERT_MEETING + "']");
        assertThat(browser.path()).startsWith("/meetings/");
        browser.screenshots("meeting");

        assertThat(browser.text("[data-test=when]")).contains("10:00").contains("15:00").contains("Europe/Sofia");
        assertThat(browser.findAll("[data-test=session]")).hasSize(5);
        assertThat(browser.text("[data-test=agenda]")).contains("Secretary of LCCTHB Varna")
                .contains("Trend report 2020 of LCCTHB Varna").contains("National expert 5");
        assertThat(browser.text("[data-test=attendance-figures]")).contains("17");
        assertThat(browser.findAll("[data-test=action-items] tbody tr")).hasSize(7);
        assertThat(browser.findAll("[data-test=proposal-link]")).hasSize(7)
                .allSatisfy(link -> assertThat(link.getDomAttribute("href")).matches("/planning/action-items/.+/proposal"));
        assertThat(browser.findAll("[data-test=minutes-pdf]")).hasSize(1);
        assertThat(browser.find("[data-test=add-to-calendar]").getDomAttribute("href")).endsWith("/calendar.ics");

        browser.click("[data-test=proposal-link]");
        assertThat(browser.path()).matches("/planning/action-items/.+/proposal");
        assertThat(browser.text("[data-test=proposal-title]")).isNotBlank();
    }

    @Test
    void theNationalAdminSchedulesAMeetingMeetsAStaleSaveAndCancelsIt() {
        browser.signIn("national.admin").open("/meetings").click("[data-test=schedule]");
        browser.click("[data-test=save]");
        assertThat(browser.findAll("[data-test=error-summary] a")).extracting(link -> link.getDomAttribute("href"))
                .contains("#titleBg", "#titleEn", "#kind", "#format", "#date", "#startTime", "#endTime");
        assertThat(browser.path()).isEqualTo("/meetings/new");

        browser.type("titleBg", "Среща за проверка на страниците").type("titleEn", "Meeting checking the pages")
                .choose("kind", "OTHER").choose("format", "ONLINE").type("onlineLink", "https://meet.example.org/pages")
                .type("invited", "VAR, SLS");
        set("date", "2031-03-14");
        set("startTime", "10:00");
        set("endTime", "09:00");
        browser.click("[data-test=save]");
        assertThat(browser.findAll("[data-test=error-summary] a")).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#endTime");

        set("endTime", "12:30");
        browser.click("[data-test=save]");
        assertThat(browser.findAll("[data-test=saved]")).hasSize(1);
        var path = browser.path();
        var id = java.util.UUID.fromString(path.substring("/meetings/".length(), path.indexOf('?')));
        assertThat(browser.text("[data-test=when]")).contains("10:00 – 12:30").contains("Europe/Sofia");

        browser.click("[data-test=reschedule]");
        var current = meetings.find(id);
        meetings.reschedule(id, current.getVersion(), new MeetingTime(current.getStartsAt().plusDays(1),
                current.getEndsAt().plusDays(1), null), "moved by someone else");
        set("startTime", "11:00");
        browser.click("[data-test=save]");
        assertThat(browser.findAll("[data-test=stale]")).hasSize(1);
        assertThat(browser.value("date")).isEqualTo("2031-03-15");
        assertThat(meetings.find(id).getStartsAt().getHour()).isEqualTo(10);

        browser.open("/meetings/" + id).click("[data-test=cancel]");
        browser.click("[data-test=save]");
        assertThat(browser.findAll("[data-test=error-summary] a")).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#reason");
        browser.type("reason", "Only a check of the pages").click("[data-test=save]");
        assertThat(browser.findAll("[data-test=saved]")).hasSize(1);
        assertThat(browser.text("[data-test=cancel-reason]")).isEqualTo("Only a check of the pages");
        assertThat(meetings.find(id).getCancelReason()).isEqualTo("Only a check of the pages");
        assertThat(browser.findAll("[data-test=cancel]")).isEmpty();
    }

    @Test
    void aSecretaryOfACommissionNotInvitedGetsTheForbiddenPage() {
        browser.signIn("national.admin").open("/meetings?when=upcoming&kind=LOCAL_COMMISSION_SESSION");
        var href = browser.find("[data-meeting='" + VARNA_SESSION + "']").getDomAttribute("href");
        browser.signOut();

        browser.signIn("secretary.sls");
        for (var path : new String[] { href, href + "/cancel", href + "/reschedule", href + "/calendar.ics" }) {
            browser.open(path);
            assertThat(browser.findAll("[data-test=error-403]")).as(path).hasSize(1);
        }
        browser.open("/meetings?kind=LOCAL_COMMISSION_SESSION");
        assertThat(browser.findAll("[data-meeting='" + VARNA_SESSION + "']")).isEmpty();
        browser.signOut();

        browser.signIn("secretary.var").open(href);
        assertThat(browser.findAll("[data-test=cancel]")).hasSize(1);
    }

    @Test
    void englishChangesTheLabelsOfTheMeetingsPages() {
        browser.signIn("national.admin").open("/meetings?when=past&lang=en");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text("h1")).isEqualTo("Meetings");
        assertThat(CYRILLIC.matcher(browser.text("[data-test=meetings]")).find()).isFalse();
        browser.click("[data-meeting='" + EXPERT_MEETING + "']");
        assertThat(browser.text("[data-test=meeting-title]")).isEqualTo(EXPERT_MEETING);
        assertThat(browser.findAll("h2")).extracting(heading -> heading.getText())
                .contains("Agenda", "Participants and attendance", "Action items")
                .allSatisfy(heading -> assertThat(CYRILLIC.matcher(heading).find()).isFalse());
        assertThat(CYRILLIC.matcher(browser.text("[data-test=action-items]")).find()).isFalse();
        browser.open("/?lang=bg");
    }

    @Test
    void theHomePageListsUpcomingMeetingsAndTheOpenActionItemsOfTheUser() {
        browser.signIn("national.admin");
        assertThat(browser.findAll("[data-test=attention] a[href*='/meetings/']")).isNotEmpty();
        assertThat(browser.findAll("[data-test=attention] a[href$='#action-items']")).isNotEmpty();
        browser.click("[data-test=attention] a[href$='#action-items']");
        assertThat(browser.findAll("[data-test=action-items]")).hasSize(1);
    }

    @Test
    void theNationalAdminRecordsAttendanceAndAnInvalidFormWritesNothing() {
        var id = meetingWithThreeParticipants();
        browser.signIn("national.admin").open("/meetings/" + id);
        assertThat(browser.text("[data-test=attendance-figures]")).contains("Поканени: 3").contains("без отбелязване: 3");
        browser.click("[data-test=record-attendance]");
        assertThat(browser.path()).isEqualTo("/meetings/" + id + "/attendance");
        browser.choose("attendance[0]", "PRESENT").choose("attendance[1]", "PRESENT").choose("attendance[2]", "EXCUSED")
                .screenshots("meeting-attendance").click("[data-test=save]");
        assertThat(browser.path()).isEqualTo("/meetings/" + id + "?attendance");
        assertThat(browser.findAll("[data-test=saved]")).hasSize(1);
        assertThat(browser.text("[data-test=attendance-figures]")).isEqualTo(
                "Поканени: 3; присъстващи: 2; отсъстващи: 0; извинени: 1; без отбелязване: 0.");
        var recorded = meetings.find(id);
        assertThat(recorded.getAttendance()).containsEntry(Attendance.PRESENT, 2).containsEntry(Attendance.EXCUSED, 1);

        // What the selects cannot send but a tampered post can: no attendance, or one that does not exist.
        browser.click("[data-test=record-attendance]");
        browser.choose("attendance[0]", "ABSENT");
        tamper("attendance[1]", "");
        browser.click("[data-test=save]");
        assertThat(errorLinks()).containsExactly("#attendance[1]");
        tamper("attendance[2]", "MAYBE");
        browser.click("[data-test=save]");
        assertThat(errorLinks()).containsExactly("#attendance");
        assertThat(browser.findAll("[data-test=error-summary] a")).allSatisfy(link ->
                assertThat(link.getText()).isEqualTo("Изберете присъства, отсъства, извинен или не е отбелязано."));
        assertThat(meetings.find(id).getVersion()).isEqualTo(recorded.getVersion());
        assertThat(meetings.find(id).getAttendance()).isEqualTo(recorded.getAttendance());
        browser.open("/meetings/" + id);
        assertThat(browser.text("[data-test=attendance-figures]")).contains("присъстващи: 2");
    }

    /** Gives the chosen option of a select a value the page never offers. */
    private void tamper(String select, String value) {
        var driver = (JavascriptExecutor) ((WrapsDriver) browser.find("html")).getWrappedDriver();
        driver.executeScript("document.getElementById(arguments[0]).selectedOptions[0].value = arguments[1];", select,
                value);
    }

    /** The error summary's links, each to an element of the page. */
    private java.util.List<String> errorLinks() {
        var links = browser.findAll("[data-test=error-summary] a").stream().map(link -> link.getDomAttribute("href"))
                .toList();
        assertThat(links).as(browser.text("main")).allSatisfy(href ->
                assertThat(browser.findAll("[id='" + href.substring(1) + "']")).hasSize(1));
        return links;
    }

    /** A national meeting with three participants whose attendance is not recorded yet. */
    private java.util.UUID meetingWithThreeParticipants() {
        var year = 2031;
        var meeting = meetings.schedule(Party.NATIONAL, new MeetingDetails("Среща за присъствието",
                "Meeting for the attendance", MeetingKind.OTHER, MeetingFormat.ONLINE, null,
                "https://meet.example.org/attendance", java.util.List.of(), null),
                new MeetingTime(java.time.LocalDateTime.of(year, 2, 10, 10, 0),
                        java.time.LocalDateTime.of(year, 2, 10, 12, 0), null));
        var participants = java.util.stream.Stream.of("Participant One", "Participant Two", "Participant Three")
                .map(name -> new Participant(null, name, "Institution", null, ParticipantRole.EXPERT, Attendance.UNKNOWN))
                .toList();
        return meetings.replaceParticipants(meeting.getId(), meeting.getVersion(), participants).getId();
    }

    /** Waits (up to 10 seconds) for what an htmx request changes in place. */
    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(((WrapsDriver) browser.find("html")).getWrappedDriver(), Duration.ofSeconds(10))
                .until(driver -> condition.getAsBoolean());
    }

    /** Sets a date or time input as its picker would (typing depends on the browser's locale). */
    private void set(String id, String value) {
        var input = browser.find("#" + id);
        ((JavascriptExecutor) ((WrapsDriver) input).getWrappedDriver())
                .executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
