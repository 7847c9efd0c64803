package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.FieldChange;
import org.junit.jupiter.api.Test;

class PlanningHistoryTests {

    final ServiceFixture fixture = new ServiceFixture();

    final PlanningHistory history = fixture.history;

    final UUID id = UUID.randomUUID();

    @Test
    void aChangeIsKeptWithTheFieldsThatChanged() {
        history.changed("Plan", id, 2, "submitted", Map.of("status", "DRAFT", "x", 1), Map.of("status", "SUBMITTED", "x", 1),
                null);
        assertThat(history.of(List.of(id))).singleElement().satisfies(entry -> {
            assertThat(entry.aggregateType()).isEqualTo("Plan");
            assertThat(entry.aggregateVersion()).isEqualTo(2);
            assertThat(entry.action()).isEqualTo("submitted");
            assertThat(entry.changes()).containsExactly(new FieldChange("status", "DRAFT", "SUBMITTED"));
            assertThat(entry.reason()).isNull();
        });
    }

    @Test
    void nothingIsKeptWhenNothingChangedAndNoReasonWasGiven() {
        history.changed("Plan", id, 2, "revised", Map.of("status", "DRAFT"), Map.of("status", "DRAFT"), null);
        assertThat(history.of(List.of(id))).isEmpty();
    }

    @Test
    void aReasonIsKeptEvenWithoutChangedFields() {
        history.changed("Plan", id, 2, "noted", Map.of("status", "DRAFT"), Map.of("status", "DRAFT"), "Because");
        assertThat(history.of(List.of(id))).singleElement().satisfies(entry -> {
            assertThat(entry.changes()).isEmpty();
            assertThat(entry.reason()).isEqualTo("Because");
        });
    }

    @Test
    void aCreationKeepsEveryFieldThatHasAValue() {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("status", "DRAFT");
        fields.put("returnReasons", null);
        history.created("Plan", id, 1, fields);
        assertThat(history.of(List.of(id))).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("created");
            assertThat(entry.aggregateVersion()).isEqualTo(1);
            assertThat(entry.changes()).containsExactly(new FieldChange("status", null, "DRAFT"));
        });
    }
}
