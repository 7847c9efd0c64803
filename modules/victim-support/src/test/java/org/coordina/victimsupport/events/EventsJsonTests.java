package org.coordina.victimsupport.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The events survive the JSON of the publication registry; a suppressed figure reads as suppressed, not 0. */
class EventsJsonTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aReportedActivityWithASuppressedCountReadsBack() {
        var event = new SupportActivityReported(UUID.randomUUID(), Instant.parse("2021-04-01T08:00:00Z"),
                UUID.randomUUID(), 2, new CommissionCode("BGS"), SupportActivityKind.LEGAL_AID, LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 3, 31), null, ProtectedFigure.hidden(), "Legal aid", UUID.randomUUID());

        var text = json.writeValueAsString(event);

        assertThat(text).contains("\"peopleSupported\":{\"count\":null,\"suppressed\":true}")
                .contains("\"commission\":\"BGS\"").doesNotContain("aggregateId");
        assertThat(json.readValue(text, SupportActivityReported.class)).isEqualTo(event);
    }

    @Test
    void acceptedStatisticsReadBackWithTheirProtectedTables() {
        var statistics = new ProtectedStatistics(5, ProtectedFigure.of(12),
                List.of(new ProtectedMargin("SEX", "MALE", ProtectedFigure.hidden())),
                List.of(new ProtectedCell("AGE_GROUP_BY_SEX", "ADULT", "FEMALE", ProtectedFigure.of(9))));
        var event = new VictimStatisticsAccepted(UUID.randomUUID(), Instant.parse("2021-04-20T08:00:00Z"),
                UUID.randomUUID(), 3, new CommissionCode("VAR"), 2021, 1, statistics, false);

        var text = json.writeValueAsString(event);

        assertThat(text).contains("\"total\":{\"count\":12,\"suppressed\":false}");
        assertThat(json.readValue(text, VictimStatisticsAccepted.class)).isEqualTo(event);
        assertThat(event.aggregateId()).isEqualTo(event.statisticsId().toString());
    }
}
