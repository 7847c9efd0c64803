package org.coordina.app.web;

import static org.coordina.testsupport.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApiIntegrationTest
class ProblemDetailsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownResourceIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/no-such-resource").with(as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aWrongMethodIsA405Problem() throws Exception {
        mvc.perform(put("/api/v1/auth/token").with(as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405));
    }

    @Test
    void anUnsupportedContentTypeIsA415Problem() throws Exception {
        mvc.perform(post("/api/v1/commissions").with(as(Role.NATIONAL_ADMIN))
                        .contentType(MediaType.TEXT_PLAIN).content("code=ZZZ"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void aForbiddenRequestIsA403Problem() throws Exception {
        mvc.perform(get("/api/v1/users").with(as(Role.AUDITOR)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:coordina:problem:access-denied"));
    }

    @Test
    void theLoginFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "national.admin").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousRequestsGetA401ProblemAndNoRedirect() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:coordina:problem:unauthorized"))
                .andExpect(jsonPath("$.detail").value(containsString("Sign in")));
    }

    @Test
    void problemsSpeakBulgarianWhenAskedTo() throws Exception {
        mvc.perform(get("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "bg-BG,bg;q=0.9,en;q=0.5"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Влезте")));
    }

    @Test
    void problemsFallBackToEnglishForOtherLanguages() throws Exception {
        mvc.perform(get("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "de"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Sign in")));
    }

    @Test
    void theOpenApiDescriptionIsPublished() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
    }

    @Test
    void browserPagesRedirectToTheLoginPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/login")));
        mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "bg"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Потребителско име")))
                .andExpect(content().string(containsString("_csrf")));
    }
}
