package org.coordina.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.testsupport.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.pages.PageController;
import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What a page cannot answer itself becomes an error page: a conflict is the 409 page with its reason and "reload", a
 * change made meanwhile the 409 page too, and anything unexpected the 500 page, which tells nothing of the failure.
 */
@ApiIntegrationTest
@Import(ErrorPagesIntegrationTests.FailingPages.class)
class ErrorPagesIntegrationTests {

    static final String SECRET = "connection to 10.0.0.7 refused by db-secret-host";

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void aConflictIsThe409PageWithItsReasonAndAReloadLink() throws Exception {
        var reason = messages.getMessage("page.error.409.stale", null, Locale.forLanguageTag("bg"));
        assertThat(render("/test-errors/conflict", 409)).contains("data-test=\"error-409\"")
                .contains("data-test=\"reload\"").contains(reason);
    }

    @Test
    void aChangeMadeMeanwhileIsThe409Page() throws Exception {
        assertThat(render("/test-errors/stale", 409)).contains("data-test=\"reload\"");
    }

    @Test
    void anUnexpectedFailureIsThe500PageWithoutItsDetails() throws Exception {
        var page = render("/test-errors/failure", 500);
        assertThat(page).contains("data-test=\"error-500\"").doesNotContain(SECRET)
                .doesNotContain("IllegalStateException").doesNotContain("at org.coordina");
    }

    private String render(String path, int status) throws Exception {
        return mvc.perform(get(path).with(as(Role.NATIONAL_ADMIN))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Pages that fail in each of the ways a page can. */
    @PageController
    static class FailingPages {

        @GetMapping("/test-errors/conflict")
        String conflict() {
            throw DomainProblem.conflict("page.error.409.stale");
        }

        @GetMapping("/test-errors/stale")
        String stale() {
            throw new OptimisticLockingFailureException("changed meanwhile");
        }

        @GetMapping("/test-errors/failure")
        String failure() {
            throw new IllegalStateException(SECRET);
        }
    }
}
