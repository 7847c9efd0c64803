package org.coordina.sharedkernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

class SortWhitelistTests {

    private final SortWhitelist whitelist = SortWhitelist.of("title", "year=periodYear");

    @Test
    void apiNamesAreTranslatedToPropertiesAndTheIdEndsEveryOrder() {
        var restricted = whitelist.restrict(PageRequest.of(2, 20, Sort.by(Sort.Order.desc("year"), Sort.Order.asc("title"))));

        assertThat(restricted.getPageNumber()).isEqualTo(2);
        assertThat(restricted.getPageSize()).isEqualTo(20);
        assertThat(restricted.getSort()).containsExactly(Sort.Order.desc("periodYear"), Sort.Order.asc("title"),
                Sort.Order.asc("id"));
    }

    @Test
    void anUnlistedKeyIsABadRequest() {
        assertThatThrownBy(() -> whitelist.restrict(PageRequest.of(0, 10, Sort.by("periodYear"))))
                .isInstanceOfSatisfying(CoordinaProblem.class,
                        problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void anUnsortedPageIsOrderedByIdOnly() {
        assertThat(whitelist.restrict(PageRequest.of(0, 10)).getSort()).containsExactly(Sort.Order.asc("id"));
    }
}
