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
