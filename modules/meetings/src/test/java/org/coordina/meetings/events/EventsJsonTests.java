package org.coordina.meetings.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The events survive the JSON of the publication registry, and a party reads as its plain text. */
class EventsJsonTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAgreedActionItemReadsBackWithEverythingPlanningNeeds() {
        var event = new ActionItemAgreed(UUID.randomUUID(), Instant.parse("2020-12-03T13:00:00Z"), UUID.randomUUID(), 7,
                UUID.randomUUID(), Party.parse("blg"), 2021, "II", "Кампания", "Campaign", LocalDate.of(2021, 10, 18));

        var text = json.writeValueAsString(event);

        assertThat(text).contains("\"responsible\":\"BLG\"").contains("\"dueDate\":\"2021-10-18\"");
        assertThat(json.readValue(text, ActionItemAgreed.class)).isEqualTo(event);
    }

    @Test
    void aScheduledMeetingReadsBackWithItsLocalTimesZoneAndInvitedCommissions() {
        var event = new MeetingScheduled(UUID.randomUUID(), Instant.parse("2020-11-20T09:00:00Z"), UUID.randomUUID(), 1,
                Party.NATIONAL, MeetingKind.EXPERT_WORKING_MEETING, MeetingFormat.ONLINE, "Среща", "Meeting",
                LocalDateTime.of(2020, 12, 3, 10, 0), LocalDateTime.of(2020, 12, 3, 15, 0), "Europe/Sofia",
                List.of(new CommissionCode("BLG"), new CommissionCode("VAR")), null);

        var text = json.writeValueAsString(event);

        assertThat(text).contains("\"organiser\":\"national\"").contains("\"invited\":[\"BLG\",\"VAR\"]")
                .contains("\"startsAt\":\"2020-12-03T10:00:00\"");
        assertThat(json.readValue(text, MeetingScheduled.class)).isEqualTo(event);
    }

    @Test
    void aPartyIsNationalOrACommissionCode() {
        assertThat(Party.parse(" NATIONAL ")).isSameAs(Party.NATIONAL);
        assertThat(Party.parse(" var ")).isEqualTo(new Party("VAR"));
        assertThat(Party.parse("var").commission()).contains(new CommissionCode("VAR"));
        assertThat(Party.NATIONAL.commission()).isEmpty();
        assertThat(Party.NATIONAL.isNational()).isTrue();
        assertThat(Party.of(new CommissionCode("SLS")).isNational()).isFalse();
        assertThat(Party.of(new CommissionCode("SLS"))).hasToString("SLS");
        assertThatThrownBy(() -> Party.parse("ministry")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Party.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
