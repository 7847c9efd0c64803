package org.coordina.accounts.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.accounts.internal.web.AccountsApi.admin;
import static org.coordina.accounts.internal.web.AccountsApi.body;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** What a national administrator does with accounts, and the input the API refuses. */
@ModuleApiTest(properties = "coordina.demo.enabled=true")
class UserAdministrationIntegrationTests {

    static final String PASSWORD = "a good password";

    static final String NEW_PASSWORD = "second password 2";

    /** A fictional commission, established by its event for these tests. */
    static final String COMMISSION = "QAA";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<AuthenticationProvider> providers;

    AccountsApi api;

    @BeforeEach
    void setUp() {
        api = new AccountsApi(mvc, providers);
        api.establishCommission(events, transactions, jdbc, COMMISSION);
    }

    @Test
    void opensAnAccountWithoutEverShowingItsPassword() throws Exception {
        var username = AccountsApi.uniqueUsername("expert");
        var response = mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(username, Role.NATIONAL_EXPERT, null, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/users/" + username))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value("NATIONAL_EXPERT"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(response).doesNotContain(PASSWORD).doesNotContain("$2a$").doesNotContainIgnoringCase("password");

        mvc.perform(get("/api/v1/users/" + username).with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.displayName").value("Test " + username));
    }

    @Test
    void listsAccountsPageByPage() throws Exception {
        mvc.perform(get("/api/v1/users").param("size", "2").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.page.size").value(2))
                .andExpect(jsonPath("$.page.totalElements").isNumber());
        mvc.perform(get("/api/v1/users").param("size", "200").with(admin()))
                .andExpect(jsonPath("$.content[*].username", hasItem("national.admin")))
                .andExpect(jsonPath("$.content[*].username", hasItem("secretary.qaa")));
    }

    @Test
    void bindsALocalUserToAKnownCommission() throws Exception {
        var username = AccountsApi.uniqueUsername("secretary");
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(username, Role.LOCAL_SECRETARY, "qaa", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.commission").value("QAA"));
    }

    @Test
    void refusesALocalUserOfAnUnknownCommission() throws Exception {
        var username = AccountsApi.uniqueUsername("secretary");
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(username, Role.LOCAL_SECRETARY, "ZZZ", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No commission with the code ZZZ is known."));
        assertThat(api.exists(username)).isFalse();
    }

    @Test
    void refusesATakenUsername() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("national.expert", Role.AUDITOR, null, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/users/national.expert").with(admin())).andExpect(jsonPath("$.role").value("NATIONAL_EXPERT"));
    }

    static Stream<Arguments> badInput() {
        var valid = "\"displayName\": \"X\", \"email\": \"x@example.org\", \"initialPassword\": \"" + PASSWORD + "\"";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"username\": \"%s\", ", 400, null),
                Arguments.of("not an object", "[1, 2]", 400, null),
                Arguments.of("unknown role", "{\"username\": \"%s\", \"role\": \"KING\", " + valid + "}", 400, "role"),
                Arguments.of("missing role", "{\"username\": \"%s\", " + valid + "}", 422, "role"),
                Arguments.of("missing everything", "{\"username\": \"%s\"}", 422, "displayName"),
                Arguments.of("oversized display name",
                        "{\"username\": \"%s\", \"role\": \"AUDITOR\", \"displayName\": \"" + "x".repeat(201)
                                + "\", \"email\": \"x@example.org\", \"initialPassword\": \"" + PASSWORD + "\"}",
                        422, "displayName"),
                Arguments.of("oversized email",
                        "{\"username\": \"%s\", \"role\": \"AUDITOR\", \"displayName\": \"X\", \"email\": \""
                                + "x".repeat(250) + "@example.org\", \"initialPassword\": \"" + PASSWORD + "\"}",
                        422, "email"),
                Arguments.of("not an email",
                        "{\"username\": \"%s\", \"role\": \"AUDITOR\", \"displayName\": \"X\", \"email\": \"nope\","
                                + " \"initialPassword\": \"" + PASSWORD + "\"}",
                        422, "email"),
                Arguments.of("short password",
                        "{\"username\": \"%s\", \"role\": \"AUDITOR\", \"displayName\": \"X\", \"email\": \"x@example.org\","
                                + " \"initialPassword\": \"short\"}",
                        422, "initialPassword"),
                Arguments.of("national role with a commission",
                        "{\"username\": \"%s\", \"role\": \"AUDITOR\", \"commission\": \"QAA\", " + valid + "}", 422, null),
                Arguments.of("local role without a commission",
                        "{\"username\": \"%s\", \"role\": \"LOCAL_MEMBER\", " + valid + "}", 422, null),
                Arguments.of("malformed commission",
                        "{\"username\": \"%s\", \"role\": \"LOCAL_MEMBER\", \"commission\": \"QAAA\", " + valid + "}",
                        422, "commission"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputAndWritesNothing(String what, String template, int status, String field) throws Exception {
        var username = AccountsApi.uniqueUsername("bad");
        var result = mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(template.formatted(username)))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(api.exists(username)).isFalse();
    }

    @Test
    void refusesAMalformedOrOversizedUsername() throws Exception {
        for (var username : new String[] { "Upper.Case", "ab", "x".repeat(65), "semi;colon" }) {
            mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                            .content(body(username, Role.AUDITOR, null, PASSWORD)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("username")));
        }
        assertThat(api.exists("upper.case")).isFalse();
    }

    @Test
    void validationMessagesFollowTheLanguageAsked() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                        .contentType(MediaType.APPLICATION_JSON).content(body("ab", Role.AUDITOR, null, PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("От 3 до 64 знака: малки латински букви, цифри, точки, долни черти и тирета."));
        mvc.perform(post("/api/v1/users").with(admin()).header(HttpHeaders.ACCEPT_LANGUAGE, "bg")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(AccountsApi.uniqueUsername("bg"), Role.LOCAL_MEMBER, "ZZZ", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Не е известна комисия с код ZZZ."));
    }

    @Test
    void changesARoleOnlyAgainstTheCurrentVersion() throws Exception {
        var username = AccountsApi.uniqueUsername("mover");
        var etag = api.create(username, Role.NATIONAL_EXPERT, null, PASSWORD);
        var toMember = "{\"role\": \"LOCAL_MEMBER\", \"commission\": \"QAA\"}";

        mvc.perform(put("/api/v1/users/" + username + "/role").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(toMember))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/users/" + username + "/role").with(admin()).header(HttpHeaders.IF_MATCH, "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content(toMember))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/users/" + username + "/role").with(admin()).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"LOCAL_MEMBER\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/users/" + username).with(admin())).andExpect(jsonPath("$.role").value("NATIONAL_EXPERT"));

        mvc.perform(put("/api/v1/users/" + username + "/role").with(admin()).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON).content(toMember))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.role").value("LOCAL_MEMBER"))
                .andExpect(jsonPath("$.commission").value("QAA"));
        // The next sign-in is a member of QAA.
        assertThat(api.signIn(username, PASSWORD)).hasValueSatisfying(user -> {
            assertThat(user.role()).contains(Role.LOCAL_MEMBER);
            assertThat(user.commission()).contains("QAA");
        });
        // The old version is stale now.
        mvc.perform(put("/api/v1/users/" + username + "/role").with(admin()).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"AUDITOR\"}"))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        var username = AccountsApi.uniqueUsername("admin");
        var etag = api.create(username, Role.NATIONAL_ADMIN, null, PASSWORD);
        mvc.perform(post("/api/v1/users/" + username + "/disable").with(AccountsApi.as(username, Role.NATIONAL_ADMIN))
                        .header(HttpHeaders.IF_MATCH, etag))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/users/" + username + "/role").with(AccountsApi.as(username, Role.NATIONAL_ADMIN))
                        .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"AUDITOR\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/users/" + username).with(admin()))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.role").value("NATIONAL_ADMIN"));
    }

    @Test
    void anUnknownAccountIsA404() throws Exception {
        mvc.perform(get("/api/v1/users/nobody.here").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/users/nobody.here/disable").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLocalSecretaryOfItsOwnCommissionStillCannotManageUsers() throws Exception {
        mvc.perform(get("/api/v1/users").with(TestUsers.as(Role.LOCAL_SECRETARY, "QAA")))
                .andExpect(status().isForbidden());
        var username = AccountsApi.uniqueUsername("member");
        mvc.perform(post("/api/v1/users").with(TestUsers.as(Role.LOCAL_SECRETARY, "QAA"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(username, Role.LOCAL_MEMBER, "QAA", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(api.exists(username)).isFalse();
    }

    @Test
    void afterAnAdministratorResetsAPasswordOnlyTheNewOneWorks() throws Exception {
        var username = AccountsApi.uniqueUsername("reset");
        var etag = api.create(username, Role.AUDITOR, null, PASSWORD);
        // Signed in once: the check is remembered, which the reset must end.
        assertThat(api.signIn(username, PASSWORD)).isPresent();

        mvc.perform(post("/api/v1/users/" + username + "/password-reset").with(admin())
                        .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\": \"%s\"}".formatted(NEW_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG));

        assertThat(api.signIn(username, PASSWORD)).isEmpty();
        assertThat(api.signIn(username, NEW_PASSWORD)).isPresent();
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
        assertThat(api.signIn(username, PASSWORD)).isPresent();
    }
}
