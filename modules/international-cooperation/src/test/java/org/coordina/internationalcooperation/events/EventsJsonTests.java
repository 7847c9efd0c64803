package org.coordina.internationalcooperation.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The events survive the JSON of the publication registry; the aggregate key is no part of the payload. */
class EventsJsonTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRecordedActivityReadsBackWithWhatAnnualPlanningNeedsAndNoPerson() {
        var event = new CooperationActivityRecorded(UUID.randomUUID(), Instant.parse("2030-05-03T08:00:00Z"),
                UUID.randomUUID(), 1, CooperationActivityKind.TRANSNATIONAL_REFERRAL, "Насочване", "Referral",
                LocalDate.of(2030, 5, 3), LocalDate.of(2030, 5, 3), List.of(new CommissionCode("VAR")),
                List.of(UUID.randomUUID()), UUID.randomUUID(), null, 3, List.of("DE", "NL"));

        var text = json.writeValueAsString(event);

        assertThat(text).contains("\"commissions\":[\"VAR\"]").contains("\"referrals\":3")
                .contains("\"countries\":[\"DE\",\"NL\"]").doesNotContain("aggregateId");
        assertThat(json.readValue(text, CooperationActivityRecorded.class)).isEqualTo(event);
        assertThat(event.aggregateId()).isEqualTo(event.activityId().toString());
    }

    @Test
    void theDeadlineEventsReadBackAndAreKeyedByTheirObligation() {
        var obligation = UUID.randomUUID();
        var dueSoon = new ObligationDueSoon(UUID.randomUUID(), Instant.parse("2030-05-03T08:00:00Z"), obligation, 2,
                UUID.randomUUID(), ReportingBody.GRETA, "Въпросник", "Questionnaire", LocalDate.of(2030, 6, 1));
        var fulfilled = new ObligationFulfilled(UUID.randomUUID(), Instant.parse("2030-06-03T08:00:00Z"), obligation, 3,
                dueSoon.occurrenceId(), ReportingBody.GRETA, LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 3), "REF",
                true);

        assertThat(json.readValue(json.writeValueAsString(dueSoon), ObligationDueSoon.class)).isEqualTo(dueSoon);
        assertThat(json.readValue(json.writeValueAsString(fulfilled), ObligationFulfilled.class)).isEqualTo(fulfilled);
        assertThat(dueSoon.aggregateId()).isEqualTo(obligation.toString());
        assertThat(fulfilled.aggregateId()).isEqualTo(obligation.toString());
    }
}
