package org.coordina.accounts.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.test.web.servlet.MockMvc;

/** The signed-in user's own account: who they are, and changing their own password. */
@ModuleApiTest(properties = "coordina.demo.enabled=true")
class MeIntegrationTests {

    static final String PASSWORD = "first password 1";

    static final String NEW_PASSWORD = "second password 2";

    @Autowired
    MockMvc mvc;

    @Autowired
    List<AuthenticationProvider> providers;

    AccountsApi api;

    @BeforeEach
    void setUp() {
        api = new AccountsApi(mvc, providers);
    }

    @Test
    void showsTheAccountAndWhatThisSignInGrants() throws Exception {
        var username = AccountsApi.uniqueUsername("me");
        api.create(username, Role.NATIONAL_EXPERT, null, PASSWORD);
        mvc.perform(get("/api/v1/me").with(AccountsApi.as(username, Role.NATIONAL_EXPERT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.displayName").value("Test " + username))
                .andExpect(jsonPath("$.email").value(username + "@example.org"))
                .andExpect(jsonPath("$.role").value("NATIONAL_EXPERT"))
                .andExpect(jsonPath("$.commission").doesNotExist());
        // A user of an external identity provider has no local account, but a role and commission.
        mvc.perform(get("/api/v1/me").with(TestUsers.as(Role.LOCAL_MEMBER, "VAR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").doesNotExist())
                .andExpect(jsonPath("$.role").value("LOCAL_MEMBER"))
                .andExpect(jsonPath("$.commission").value("VAR"));
    }

    @Test
    void afterChangingTheirPasswordOnlyTheNewOneWorks() throws Exception {
        var username = AccountsApi.uniqueUsername("changer");
        api.create(username, Role.NATIONAL_EXPERT, null, PASSWORD);
        // Signed in once: the check is remembered, which the change must end.
        assertThat(api.signIn(username, PASSWORD)).isPresent();

        mvc.perform(put("/api/v1/me/password").with(AccountsApi.as(username, Role.NATIONAL_EXPERT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"oldPassword": "%s", "newPassword": "%s"}
                                """.formatted(PASSWORD, NEW_PASSWORD)))
                .andExpect(status().isNoContent());

        assertThat(api.signIn(username, PASSWORD)).isEmpty();
        assertThat(api.signIn(username, NEW_PASSWORD))
                .hasValueSatisfying(user -> assertThat(user.role()).contains(Role.NATIONAL_EXPERT));
    }

    @Test
    void aWrongOldPasswordChangesNothing() throws Exception {
        var username = AccountsApi.uniqueUsername("changer");
        api.create(username, Role.AUDITOR, null, PASSWORD);
        mvc.perform(put("/api/v1/me/password").with(AccountsApi.as(username, Role.AUDITOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"oldPassword": "guessing wrong", "newPassword": "%s"}
                                """.formatted(NEW_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The current password is wrong."));
        assertThat(api.signIn(username, NEW_PASSWORD)).isEmpty();
        assertThat(api.signIn(username, PASSWORD)).isPresent();
    }

    @Test
    void aNewPasswordNeedsTwelveCharactersInEitherLanguage() throws Exception {
        var username = AccountsApi.uniqueUsername("changer");
        api.create(username, Role.AUDITOR, null, PASSWORD);
        mvc.perform(put("/api/v1/me/password").with(AccountsApi.as(username, Role.AUDITOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                        .content("""
                                {"oldPassword": "%s", "newPassword": "short"}
                                """.formatted(PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message").value("Паролата е от 12 до 72 знака."));
        assertThat(api.signIn(username, "short")).isEmpty();
        assertThat(api.signIn(username, PASSWORD)).isPresent();
    }
}
