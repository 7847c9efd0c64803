package org.coordina.accounts.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every endpoint of {@code /users} for every caller: only national administrators get in. */
@ModuleApiTest(properties = "coordina.demo.enabled=true")
class UserAdministrationAccessIntegrationTests {

    static final String TARGET = "integrator";

    static final String PASSWORD = "a good password";

    /** The commission of the local callers; for account administration no commission is their own. */
    static final String COMMISSION = "QAA";

    @Autowired
    MockMvc mvc;

    @Autowired
    List<AuthenticationProvider> providers;

    AccountsApi api;

    @BeforeEach
    void setUp() {
        api = new AccountsApi(mvc, providers);
    }

    /** Every endpoint (on a target account, creating a new one), with a valid request, so that only the caller decides. */
    static List<Endpoint> endpoints() {
        var json = MediaType.APPLICATION_JSON;
        return List.of(
                new Endpoint("GET /users", (target, username) -> get("/api/v1/users")),
                new Endpoint("GET /users/{u}", (target, username) -> get("/api/v1/users/" + target)),
                new Endpoint("POST /users", (target, username) -> post("/api/v1/users").contentType(json)
                        .content(AccountsApi.body(username, Role.AUDITOR, null, PASSWORD))),
                new Endpoint("PUT /users/{u}/role", (target, username) -> put("/api/v1/users/" + target + "/role")
                        .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(json).content("{\"role\": \"AUDITOR\"}")),
                new Endpoint("POST /users/{u}/disable", (target, username) -> post("/api/v1/users/" + target + "/disable")
                        .header(HttpHeaders.IF_MATCH, "\"1\"")),
                new Endpoint("POST /users/{u}/enable", (target, username) -> post("/api/v1/users/" + target + "/enable")
                        .header(HttpHeaders.IF_MATCH, "\"1\"")),
                new Endpoint("POST /users/{u}/password-reset",
                        (target, username) -> post("/api/v1/users/" + target + "/password-reset").header(HttpHeaders.IF_MATCH, "\"1\"")
                                .contentType(json).content("{\"newPassword\": \"taken over now\"}")),
                new Endpoint("GET /users/{u}/api-keys", (target, username) -> get("/api/v1/users/" + target + "/api-keys")),
                new Endpoint("POST /users/{u}/api-keys", (target, username) -> post("/api/v1/users/" + target + "/api-keys")
                        .contentType(json).content("{\"name\": \"stolen\"}")),
                new Endpoint("DELETE /users/{u}/api-keys/{id}",
                        (target, username) -> delete("/api/v1/users/" + target + "/api-keys/" + UUID.randomUUID())));
    }

    /** Every signed-in caller but the national administrator. */
    static List<Caller> nonAdministrators() {
        return Caller.SIGNED_IN.stream().filter(caller -> !Caller.NATIONAL_ADMIN_ONLY.contains(caller)).toList();
    }

    static Stream<Arguments> everyEndpointForEveryOtherCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (var endpoint : endpoints()) {
            for (var caller : nonAdministrators()) {
                cases.add(Arguments.of(endpoint, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryOtherCaller")
    void isForbiddenToEveryoneButNationalAdministrators(Endpoint endpoint, Caller caller) throws Exception {
        var username = AccountsApi.uniqueUsername("intruder");
        mvc.perform(endpoint.request().apply(TARGET, username).with(caller.on(COMMISSION)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(api.exists(username)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void needsSigningIn(Endpoint endpoint) throws Exception {
        mvc.perform(endpoint.request().apply(TARGET, AccountsApi.uniqueUsername("anonymous"))
                        .with(Caller.ANONYMOUS.on(COMMISSION)))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void isOpenToNationalAdministrators(Endpoint endpoint) throws Exception {
        // A target of its own: an administrator's requests do take effect.
        var target = AccountsApi.uniqueUsername("target");
        api.create(target, Role.INTEGRATOR, null, PASSWORD);
        var status = mvc.perform(endpoint.request().apply(target, AccountsApi.uniqueUsername("byadmin"))
                        .with(AccountsApi.admin()))
                .andReturn().getResponse().getStatus();
        // Whatever the outcome (created, stale version, no such key), it is not a refusal.
        assertThat(status).isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void nothingChangedForTheTargetAccount() throws Exception {
        for (var caller : nonAdministrators()) {
            for (var endpoint : endpoints()) {
                mvc.perform(endpoint.request().apply(TARGET, AccountsApi.uniqueUsername("x"))
                        .with(caller.on(COMMISSION)));
            }
        }
        mvc.perform(get("/api/v1/users/" + TARGET).with(AccountsApi.admin()))
                .andExpect(jsonPath("$.role").value("INTEGRATOR"))
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/users/" + TARGET + "/api-keys").with(AccountsApi.admin()))
                .andExpect(jsonPath("$.content[?(@.name == 'stolen')]").isEmpty());
        assertThat(api.signIn(TARGET, AccountsApi.DEMO_PASSWORD)).isPresent();
    }

    record Endpoint(String name, BiFunction<String, String, MockHttpServletRequestBuilder> request) {

        @Override
        public String toString() {
            return name;
        }
    }
}
