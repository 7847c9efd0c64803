package org.coordina.sharedkernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldChangeTests {

    static Map<String, Object> fields(Object... namesAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void onlyFieldsWhoseValuesDifferAreChanges() {
        var before = fields("status", "DRAFT", "title", "Campaign", "days", 15);
        var after = fields("status", "OPEN", "title", "Campaign", "days", 10);
        assertThat(FieldChange.between(before, after)).containsExactly(new FieldChange("status", "DRAFT", "OPEN"),
                new FieldChange("days", "15", "10"));
    }

    @Test
    void identicalSnapshotsHaveNoChanges() {
        var snapshot = fields("status", "DRAFT", "reason", null);
        assertThat(FieldChange.between(snapshot, fields("status", "DRAFT", "reason", null))).isEmpty();
    }

    @Test
    void valuesAreComparedAsText() {
        assertThat(FieldChange.between(fields("days", 15), fields("days", 15L))).isEmpty();
        assertThat(FieldChange.between(fields("due", LocalDate.of(2030, 1, 31)), fields("due", "2030-01-31"))).isEmpty();
        assertThat(FieldChange.between(fields("codes", List.of("I", "II")), fields("codes", List.of("I"))))
                .containsExactly(new FieldChange("codes", "[I, II]", "[I]"));
    }

    @Test
    void aFieldThatAppearsOrDisappearsChangesFromOrToNothing() {
        assertThat(FieldChange.between(fields("a", 1), fields("b", 2)))
                .containsExactly(new FieldChange("a", "1", null), new FieldChange("b", null, "2"));
        assertThat(FieldChange.between(fields("reason", "Late"), fields("reason", null)))
                .containsExactly(new FieldChange("reason", "Late", null));
    }

    @Test
    void fieldsKeepTheOrderOfTheSnapshotsBeforeThenAfter() {
        assertThat(FieldChange.between(fields("b", 1, "a", 1), fields("c", 3, "a", 2, "b", 2)))
                .extracting(FieldChange::field).containsExactly("b", "a", "c");
    }

    @Test
    void aNewAggregateChangesEveryFieldWithAValueFromNothing() {
        assertThat(FieldChange.created(fields("status", "DRAFT", "reason", null, "days", 15)))
                .containsExactly(new FieldChange("status", null, "DRAFT"), new FieldChange("days", null, "15"));
    }

    @Test
    void theChangesAreUnmodifiable() {
        var changes = FieldChange.between(fields("a", 1), fields("a", 2));
        assertThatThrownBy(() -> changes.add(new FieldChange("b", null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
