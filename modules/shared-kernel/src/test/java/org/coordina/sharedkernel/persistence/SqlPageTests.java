package org.coordina.sharedkernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class SqlPageTests {

    private static final Map<String, String> COLUMNS = Map.of("id", "p.id", "title", "p.title_en");

    @Test
    void anUnsortedPageUsesTheDefaultOrderAndItsLimitAndOffset() {
        assertThat(SqlPage.clause(PageRequest.of(2, 20), COLUMNS, "p.created_at, p.id"))
                .isEqualTo(" ORDER BY p.created_at, p.id LIMIT 20 OFFSET 40");
    }

    @Test
    void sortPropertiesBecomeTheirColumnsInTheirDirections() {
        var pageable = PageRequest.of(0, 10, Sort.by(Sort.Order.desc("title"), Sort.Order.asc("id")));

        assertThat(SqlPage.clause(pageable, COLUMNS, "p.id")).isEqualTo(" ORDER BY p.title_en DESC, p.id ASC LIMIT 10 OFFSET 0");
    }

    @Test
    void anUnpagedRequestHasNoLimit() {
        assertThat(SqlPage.clause(Pageable.unpaged(), COLUMNS, "p.id")).isEqualTo(" ORDER BY p.id");
    }

    @Test
    void aPropertyWithoutAColumnIsRefusedSoThatNoRequestTextReachesTheSql() {
        var pageable = PageRequest.of(0, 10, Sort.by("title; DROP TABLE x"));

        assertThatThrownBy(() -> SqlPage.clause(pageable, COLUMNS, "p.id")).isInstanceOf(IllegalArgumentException.class);
    }
}
cat > FieldChangeTests.java <<'EOF'
package org.coordina.sharedkernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldChangeTests {

    @Test
    void onlyFieldsWhoseTextDiffersAreChangesInTheOrderOfTheSnapshot() {
        var before = new LinkedHashMap<String, Object>();
        before.put("title", "Old");
        before.put("deadline", LocalDate.of(2021, 6, 30));
        before.put("partners", List.of("IOM"));
        var after = new LinkedHashMap<String, Object>(before);
        after.put("title", "New");
        after.put("partners", List.of("IOM"));

        assertThat(FieldChange.between(before, after)).containsExactly(new FieldChange("title", "Old", "New"));
    }

    @Test
    void aFieldThatAppearsOrDisappearsChangesFromOrToNothing() {
        var before = new LinkedHashMap<String, Object>();
        before.put("reason", "Late");
        before.put("status", "RETURNED");
        var after = new LinkedHashMap<String, Object>();
        after.put("reason", null);
        after.put("status", "SUBMITTED");
        after.put("submittedBy", "secretary.var");

        assertThat(FieldChange.between(before, after)).containsExactly(new FieldChange("reason", "Late", null),
                new FieldChange("status", "RETURNED", "SUBMITTED"), new FieldChange("submittedBy", null, "secretary.var"));
    }

    @Test
    void aNewAggregateChangesEveryFieldThatHasAValueFromNothing() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", "DRAFT");
        fields.put("reason", null);

        assertThat(FieldChange.created(fields)).containsExactly(new FieldChange("status", null, "DRAFT"));
        assertThat(FieldChange.between(Map.of(), Map.of())).isEmpty();
    }
}
