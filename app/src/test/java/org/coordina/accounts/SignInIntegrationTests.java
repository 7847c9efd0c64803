package org.coordina.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.accounts.AccountsApi.admin;
import static org.coordina.accounts.AccountsApi.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Signing in with a password over HTTP Basic and the login form. What password changes and resets do to
 * signing in is tested with the accounts module's API ({@code MeIntegrationTests},
 * {@code UserAdministrationIntegrationTests}).
 */
@ApiIntegrationTest
class SignInIntegrationTests {

    static final String PASSWORD = "first password 1";

    @Autowired
    MockMvc mvc;

    AccountsApi api;

    @BeforeEach
    void setUp() {
        api = new AccountsApi(mvc);
    }

    private ResultActions me(String username, String password) throws Exception {
        return mvc.perform(get("/api/v1/me").with(basic(username, password)));
    }

    @Test
    void theDemoAdministratorSignsInWithTheDemoPassword() throws Exception {
        me("national.admin", AccountsApi.DEMO_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("national.admin"))
                .andExpect(jsonPath("$.role").value("NATIONAL_ADMIN"))
                .andExpect(jsonPath("$.commission").doesNotExist());
        mvc.perform(get("/api/v1/users").with(basic("national.admin", AccountsApi.DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void theLoginFormSignsInWithTheSameAccounts() throws Exception {
        mvc.perform(formLogin().user("national.expert").password(AccountsApi.DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("national.expert").withRoles("NATIONAL_EXPERT"));
        mvc.perform(formLogin().user("national.expert").password("wrong password"))
                .andExpect(unauthenticated());
    }

    @Test
    void usernamesAreNotCaseSensitive() throws Exception {
        me("National.Admin", AccountsApi.DEMO_PASSWORD).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("national.admin"));
    }

    @Test
    void aWrongPasswordIsA401ProblemWithoutRedirectOrSession() throws Exception {
        var response = me("national.admin", "not the password")
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andReturn();
        assertThat(response.getRequest().getSession(false)).isNull();
        assertThat(response.getResponse().getHeaders(HttpHeaders.WWW_AUTHENTICATE)).anyMatch(h -> h.startsWith("Basic"));
    }

    @Test
    void anUnknownUserIsA401() throws Exception {
        me("nobody.at.all", "whatever password").andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledUserCannotSignInEvenRightAfterSigningIn() throws Exception {
        var username = AccountsApi.uniqueUsername("disabled");
        var etag = api.create(username, Role.AUDITOR, null, PASSWORD);
        me(username, PASSWORD).andExpect(status().isOk());

        var disabled = mvc.perform(post("/api/v1/users/" + username + "/disable").with(admin())
                        .header(HttpHeaders.IF_MATCH, etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        me(username, PASSWORD).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/users/" + username + "/enable").with(admin()).header(HttpHeaders.IF_MATCH, disabled))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true));
        me(username, PASSWORD).andExpect(status().isOk());
    }
}
