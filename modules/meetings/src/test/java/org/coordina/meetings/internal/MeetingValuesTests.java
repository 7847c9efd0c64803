package org.coordina.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.meetings.internal.MeetingTests.assertRule;
import static org.coordina.meetings.internal.TestMeetings.END;
import static org.coordina.meetings.internal.TestMeetings.START;
import static org.coordina.meetings.internal.TestMeetings.code;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.meetings.events.MeetingKind;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;

class MeetingValuesTests {

    @Test
    void aMeetingTimeIsInSofiaUnlessSaidOtherwiseAndEndsAfterItStarts() {
        assertThat(MeetingTime.of(START, END, null).zone()).isEqualTo(ZoneId.of("Europe/Sofia"));
        assertThat(MeetingTime.of(START, END, " ").zone()).isEqualTo(ZoneId.of("Europe/Sofia"));
        assertThat(MeetingTime.of(START, END, " Europe/Paris ").zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(MeetingTime.of(START, END, null).start()).isEqualTo(Instant.parse("2020-12-03T08:00:00Z"));
        assertRule(() -> MeetingTime.of(START, END, "Mars/Olympus"), "meetings.time.unknownZone");
        assertRule(() -> new MeetingTime(START, START, null), "meetings.time.endBeforeStart");
        assertRule(() -> new MeetingTime(END, START, null), "meetings.time.endBeforeStart");
        assertRule(() -> new MeetingTime(null, END, null), "meetings.time.required");
        assertRule(() -> new MeetingTime(START, null, null), "meetings.time.required");
        assertThat(new MeetingTime(START, START.plusNanos(1), null).endsAt()).isEqualTo(START.plusNanos(1));
    }

    @Test
    void aMeetingTimeCoversSessionsWithinItsBoundsInclusive() {
        var time = new MeetingTime(START, END, null);
        assertThat(time.covers(START, END)).isTrue();
        assertThat(time.covers(null, null)).isTrue();
        assertThat(time.covers(START.minusNanos(1), null)).isFalse();
        assertThat(time.covers(END.plusNanos(1), null)).isFalse();
        assertThat(time.covers(null, END.plusNanos(1))).isFalse();
        assertThat(time.covers(null, START.minusNanos(1))).isFalse();
    }

    @Test
    void theFormatDecidesWhetherAPlaceOrALinkIsNeeded() {
        assertRule(() -> details(MeetingFormat.ONLINE, "Sofia", null), "meetings.format.linkRequired");
        assertRule(() -> details(MeetingFormat.IN_PERSON, null, "https://x.example.org"),
                "meetings.format.placeRequired");
        assertRule(() -> details(MeetingFormat.HYBRID, "Sofia", " "), "meetings.format.linkRequired");
        assertRule(() -> details(MeetingFormat.HYBRID, " ", "https://x.example.org"), "meetings.format.placeRequired");
        assertRule(() -> details(MeetingFormat.ONLINE, null, "ftp://x.example.org"), "meetings.format.badLink");
        assertRule(() -> details(MeetingFormat.ONLINE, null, "https://x .example.org"), "meetings.format.badLink");
        var hybrid = details(MeetingFormat.HYBRID, " Sofia ", " http://x.example.org ");
        assertThat(hybrid.place()).isEqualTo("Sofia");
        assertThat(hybrid.onlineLink()).isEqualTo("http://x.example.org");
        assertThat(details(MeetingFormat.IN_PERSON, "Sofia", null).onlineLink()).isNull();
    }

    @Test
    void detailsNeedTitlesKindAndFormatAndInviteEachCommissionOnce() {
        assertRule(() -> new MeetingDetails(" ", "T", MeetingKind.OTHER, MeetingFormat.IN_PERSON, "S", null, null, null),
                "meetings.title.required");
        assertRule(() -> new MeetingDetails("Т", null, MeetingKind.OTHER, MeetingFormat.IN_PERSON, "S", null, null, null),
                "meetings.title.required");
        assertRule(() -> new MeetingDetails("Т", "T", null, MeetingFormat.IN_PERSON, "S", null, null, null),
                "meetings.kindAndFormat.required");
        assertRule(() -> new MeetingDetails("Т", "T", MeetingKind.OTHER, null, "S", null, null, null),
                "meetings.kindAndFormat.required");
        var details = new MeetingDetails(" Т ", " T ", MeetingKind.OTHER, MeetingFormat.IN_PERSON, "S", null,
                List.of(code("VAR"), code("BLG"), code("VAR")), null);
        assertThat(details.titleBg()).isEqualTo("Т");
        assertThat(details.titleEn()).isEqualTo("T");
        assertThat(details.invited()).containsExactly(code("BLG"), code("VAR"));
        assertThat(details(MeetingFormat.IN_PERSON, "S", null).invited()).isEmpty();
    }

    @Test
    void agendaPartsParticipantsAndItemsHaveTheirDefaults() {
        var session = new Session(null, " Т ", " T ", " ", " Moderator ", START, START, null, null);
        assertThat(session.part()).isEqualTo(SessionPart.SESSION);
        assertThat(session.titleEn()).isEqualTo("T");
        assertThat(session.purpose()).isNull();
        assertThat(session.moderator()).isEqualTo("Moderator");
        assertThat(session.speakers()).isEmpty();
        assertThat(session.links()).isEmpty();
        assertRule(() -> new Session(null, "Т", "T", null, null, END, START, null, null),
                "meetings.agenda.sessionEndsBeforeStart");
        assertRule(() -> new Speaker(" ", null, null), "meetings.name.required");
        assertThat(new Speaker(" Expert ", " ", null)).isEqualTo(new Speaker("Expert", null, null));
        assertRule(() -> new LinkedItem(LinkKind.TREND_REPORT, " ", null), "meetings.link.referenceRequired");
        assertThat(new LinkedItem(null, " r ", " ").kind()).isEqualTo(LinkKind.OTHER);
        assertThat(new LinkedItem(null, " r ", " ")).isEqualTo(new LinkedItem(LinkKind.OTHER, "r", null));
        var participant = new Participant(null, " Expert ", " ", null, null, null);
        assertThat(participant).isEqualTo(new Participant(null, "Expert", null, null, ParticipantRole.EXPERT,
                Attendance.UNKNOWN));
        assertRule(() -> new Participant(null, null, null, null, null, null), "meetings.name.required");
    }

    @Test
    void anActionItemNeedsDescriptionsAndAResponsiblePartyAndStartsOpen() {
        var item = ActionItem.proposed(" Д ", " D ", Party.NATIONAL, null, 2021, " ");
        assertThat(item.status()).isEqualTo(ActionItemStatus.OPEN);
        assertThat(item.descriptionBg()).isEqualTo("Д");
        assertThat(item.descriptionEn()).isEqualTo("D");
        assertThat(item.sectionCode()).isNull();
        assertThat(item.id()).isNull();
        assertRule(() -> ActionItem.proposed("Д", " ", Party.NATIONAL, null, 2021, null),
                "meetings.actionItem.descriptionRequired");
        assertRule(() -> ActionItem.proposed(null, "D", Party.NATIONAL, null, 2021, null),
                "meetings.actionItem.descriptionRequired");
        assertRule(() -> ActionItem.proposed("Д", "D", null, null, 2021, null),
                "meetings.actionItem.responsibleRequired");
    }

    @Test
    void minutesAreCompleteInBothLanguages() {
        assertThat(new Minutes("П", "M", null, null).isComplete()).isTrue();
        assertThat(new Minutes("П", " ", null, null).isComplete()).isFalse();
        assertThat(new Minutes(null, "M", null, null).isComplete()).isFalse();
        assertThat(new Minutes(" ", " ", " ", " ")).isEqualTo(new Minutes(null, null, null, null));
    }

    @Test
    void statusesAndRolesAreTheOnesTheBriefNames() {
        assertThat(Arrays.stream(MeetingStatus.values()).map(Enum::name)).containsExactly("PLANNED", "HELD", "CLOSED",
                "CANCELLED");
        assertThat(Arrays.stream(Attendance.values()).map(Enum::name)).containsExactly("PRESENT", "ABSENT", "EXCUSED",
                "UNKNOWN");
    }

    private static MeetingDetails details(MeetingFormat format, String place, String link) {
        return new MeetingDetails("Т", "T", MeetingKind.OTHER, format, place, link, null, null);
    }
}
