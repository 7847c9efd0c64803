package org.coordina.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.meetings.events.ActionItemStatus;
import org.coordina.meetings.events.MeetingFormat;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** The demo meetings: seeded once the ten demo commissions are known, exactly as the seed document tells it, once. */
@ApplicationModuleTest
@TestPropertySource(properties = "coordina.demo.enabled=true")
class DemoMeetingsIntegrationTests {

    @Autowired
    DemoMeetings demo;

    @Autowired
    MeetingRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMeetingsOfTheSeedAreThereOnceTheCommissionsAreKnownAndSeedingAgainCreatesNothing(Scenario scenario) {
        assertThat(repository.findFirstByTitleEn(DemoMeetings.EXPERT_MEETING)).as("no commissions known yet").isEmpty();
        var codes = DemoMeetings.COMMISSIONS;
        for (String code : codes.subList(0, codes.size() - 1)) {
            jdbc.sql("INSERT INTO meetings.known_commission (id, code, name_bg, name_en, status, source_version,"
                    + " projected_at) VALUES (?, ?, 'МКБТХ', 'LCCTHB', 'ACTIVE', 1, now()) ON CONFLICT DO NOTHING")
                    .params(UUID.randomUUID(), code).update();
        }
        assertThat(demo.seed()).isFalse();
        var presented = new java.util.LinkedHashMap<String, UUID>();
        for (String code : DemoMeetings.PRESENTERS) {
            presented.put(code, UUID.randomUUID());
            jdbc.sql("INSERT INTO meetings.published_trend_report (id, commission_code, year, period, title, source_version,"
                    + " projected_at) VALUES (?, ?, 2020, 'H2', 'Trends', 1, now())").params(presented.get(code), code).update();
        }
        scenario.publish(new CommissionEstablished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 1,
                new CommissionCode(codes.get(codes.size() - 1)), "МКБТХ Сливен", "LCCTHB Sliven", "Sliven",
                "Sliven Province", LocalDate.of(2006, 1, 1), CommissionStatus.ACTIVE))
                // Five meetings, each in its own transactions with its events: seconds on a loaded machine.
                .andWaitAtMost(Duration.ofSeconds(90))
                .andWaitForStateChange(() -> repository.findFirstByTitleEn("Session of the National Commission"))
                .andVerify(found -> assertThat(found).isPresent());
        assertThat(repository.count()).isEqualTo(5);
        assertThat(demo.seed()).isTrue();
        assertThat(repository.count()).isEqualTo(5);

        var national = repository.findFirstByTitleEn(DemoMeetings.NATIONAL_MEETING).orElseThrow();
        var expert = repository.findFirstByTitleEn(DemoMeetings.EXPERT_MEETING).orElseThrow();
        assertThat(national.getStatus()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(expert.getStatus()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(expert.getFollowUpOf()).isEqualTo(national.getId());
        assertThat(expert.getFormat()).isEqualTo(MeetingFormat.ONLINE);
        assertThat(expert.getStartsAt().toLocalDate()).isEqualTo(LocalDate.of(2020, 12, 3));
        assertThat(expert.getParticipants()).hasSize(17)
                .allSatisfy(participant -> assertThat(participant.attendance()).isEqualTo(Attendance.PRESENT));
        var agenda = expert.getAgenda();
        assertThat(agenda).extracting(Session::part).containsExactly(SessionPart.OPENING, SessionPart.SESSION,
                SessionPart.SESSION, SessionPart.SESSION, SessionPart.CLOSING);
        assertThat(agenda.get(0).moderator()).isEqualTo("Secretary of NCCTHB");
        assertThat(agenda.get(1).moderator()).isNotBlank();
        assertThat(agenda.get(1).speakers()).extracting(speaker -> speaker.commission().value())
                .containsExactly("BLG", "PAZ", "SLS", "BGS", "MON", "PVN", "VTR", "VAR");
        assertThat(agenda.get(1).links()).hasSize(8)
                .allSatisfy(link -> assertThat(link.kind()).isEqualTo(LinkKind.TREND_REPORT));
        assertThat(agenda.get(1).links()).extracting(LinkedItem::reference)
                .containsExactlyElementsOf(presented.values().stream().map(UUID::toString).toList());
        assertThat(agenda.get(2).titleEn()).contains("2021");
        assertThat(agenda.get(2).speakers()).hasSize(5);
        assertThat(expert.getActionItems()).extracting(ActionItem::sectionCode)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII");
        assertThat(expert.getActionItems()).allSatisfy(item -> {
            assertThat(item.targetYear()).isEqualTo(2021);
            assertThat(item.status()).isEqualTo(ActionItemStatus.OPEN);
        });
        assertThat(expert.getActionItems()).extracting(ActionItem::responsible).contains(Party.NATIONAL,
                Party.parse("BLG"));
        assertThat(expert.getMinutes().isComplete()).isTrue();
        assertThat(expert.getMinutes().conclusionsEn()).isNotBlank();
        assertThat(repository.findFirstByTitleEn("Session of LCCTHB Varna")).hasValueSatisfying(meeting -> {
            assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
            assertThat(meeting.getOrganiser()).isEqualTo(Party.parse("VAR"));
            assertThat(meeting.getStartsAt()).isAfter(java.time.LocalDateTime.now().minusDays(1));
        });
        assertThat(List.of("BLG", "SLS")).allSatisfy(code -> assertThat(jdbc.sql(
                "SELECT count(*) FROM meetings.known_commission WHERE code = ?").param(code).query(Integer.class)
                .single()).isEqualTo(1));
    }
}
