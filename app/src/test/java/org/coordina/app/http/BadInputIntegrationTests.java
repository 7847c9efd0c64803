package org.coordina.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input gets the right answer: a 4xx Problem Details that names the field, never a 500 or a Java type. */
@ApiIntegrationTest
class BadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static String user(String displayName, String role) {
        return """
                {"username": "bad.input.%d", "displayName": "%s", "email": "someone@example.org", "role": "%s",
                 "initialPassword": "a long enough password"}
                """.formatted(System.nanoTime() % 1_000_000, displayName, role);
    }

    @Test
    void anApiKeyForAUsernameWithASpaceIsIssuedOnceWithAValidLocation() throws Exception {
        long before = keysOfIntegrator();
        mvc.perform(post("/api/v1/users/{username}/api-keys", " integrator").with(TestUsers.as(Role.NATIONAL_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"feed\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/users/")))
                .andExpect(header().string(HttpHeaders.LOCATION, not(containsString(" "))));
        assertThat(keysOfIntegrator()).isEqualTo(before + 1);
    }

    private long keysOfIntegrator() {
        return jdbc.sql("SELECT count(*) FROM accounts.api_key k JOIN accounts.user_account u ON u.id = k.user_id "
                + "WHERE u.username = 'integrator'").query(Long.class).single();
    }

    @Test
    void aControlCharacterInTextIsAFieldError() throws Exception {
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.NATIONAL_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(user("Some\\u0000One", "AUDITOR")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("displayName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("control characters")));
    }

    @Test
    void lineBreaksAndTabsAreText() throws Exception {
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.NATIONAL_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(user("Some\\tOne", "AUDITOR")))
                .andExpect(status().isCreated());
    }

    @Test
    void anUnknownRoleNamesTheAllowedValuesNotAJavaType() throws Exception {
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.NATIONAL_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(user("Some One", "KING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("NATIONAL_ADMIN")))
                .andExpect(content().string(not(containsString("org.coordina"))))
                .andExpect(content().string(not(containsString("java."))));
    }

    @Test
    void aYamlBodyIsRefused() throws Exception {
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.NATIONAL_ADMIN)).contentType("application/yaml")
                        .content("username: yaml.user\ndisplayName: Yaml\n"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        var huge = user("x".repeat(2 * 1024 * 1024), "AUDITOR");
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.NATIONAL_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }
}
