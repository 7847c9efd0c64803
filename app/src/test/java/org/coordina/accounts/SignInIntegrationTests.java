package org.coordina.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.accounts.AccountsApi.admin;
import static org.coordina.accounts.AccountsApi.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** Signing in with a password over HTTP Basic, and what changes to a password do to it. */
@ApiIntegrationTest
class SignInIntegrationTests {

    static final String PASSWORD = "first password 1";

    static final String NEW_PASSWORD = "second password 2";

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

    @Test
    void afterChangingTheirPasswordOnlyTheNewOneWorks() throws Exception {
        var username = AccountsApi.uniqueUsername("changer");
        api.create(username, Role.NATIONAL_EXPERT, null, PASSWORD);
        // Signed in once: the check is remembered, which the change must end.
        me(username, PASSWORD).andExpect(status().isOk());

        mvc.perform(put("/api/v1/me/password").with(basic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"oldPassword": "%s", "newPassword": "%s"}
                                """.formatted(PASSWORD, NEW_PASSWORD)))
                .andExpect(status().isNoContent());

        me(username, PASSWORD).andExpect(status().isUnauthorized());
        me(username, NEW_PASSWORD).andExpect(status().isOk()).andExpect(jsonPath("$.role").value("NATIONAL_EXPERT"));
    }

    @Test
    void aWrongOldPasswordChangesNothing() throws Exception {
        var username = AccountsApi.uniqueUsername("changer");
        api.create(username, Role.AUDITOR, null, PASSWORD);
        mvc.perform(put("/api/v1/me/password").with(basic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"oldPassword": "guessing wrong", "newPassword": "%s"}
                                """.formatted(NEW_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The current password is wrong."));
        me(username, NEW_PASSWORD).andExpect(status().isUnauthorized());
        me(username, PASSWORD).andExpect(status().isOk());
    }

    @Test
    void aNewPasswordNeedsTwelveCharactersInEitherLanguage() throws Exception {
        var username = AccountsApi.uniqueUsername("changer");
        api.create(username, Role.AUDITOR, null, PASSWORD);
        mvc.perform(put("/api/v1/me/password").with(basic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                        .content("""
                                {"oldPassword": "%s", "newPassword": "short"}
                                """.formatted(PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message").value("Паролата е от 12 до 72 знака."));
        me(username, "short").andExpect(status().isUnauthorized());
        me(username, PASSWORD).andExpect(status().isOk());
    }

    @Test
    void afterAnAdministratorResetsAPasswordOnlyTheNewOneWorks() throws Exception {
        var username = AccountsApi.uniqueUsername("reset");
        var etag = api.create(username, Role.AUDITOR, null, PASSWORD);
        me(username, PASSWORD).andExpect(status().isOk());

        mvc.perform(post("/api/v1/users/" + username + "/password-reset").with(admin())
                        .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\": \"%s\"}".formatted(NEW_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG));

        me(username, PASSWORD).andExpect(status().isUnauthorized());
        me(username, NEW_PASSWORD).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetNeedsTheCurrentVersion() throws Exception {
        var username = AccountsApi.uniqueUsername("reset");
        api.create(username, Role.AUDITOR, null, PASSWORD);
        var reset = "{\"newPassword\": \"%s\"}".formatted(NEW_PASSWORD);
        mvc.perform(post("/api/v1/users/" + username + "/password-reset").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(reset))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/v1/users/" + username + "/password-reset").with(admin())
                        .header(HttpHeaders.IF_MATCH, "\"99\"").contentType(MediaType.APPLICATION_JSON).content(reset))
                .andExpect(status().isPreconditionFailed());
        me(username, PASSWORD).andExpect(status().isOk());
    }
}
