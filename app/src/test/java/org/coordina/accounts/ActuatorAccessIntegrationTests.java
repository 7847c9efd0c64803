package org.coordina.accounts;

import static org.coordina.accounts.AccountsApi.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Health and info are public; every other actuator endpoint is for national administrators. */
@ApiIntegrationTest
class ActuatorAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/health", "/actuator/info" })
    void healthAndInfoAreOpen(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/prometheus", "/actuator/modulith" })
    void otherEndpointsNeedSigningIn(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    static Stream<Arguments> otherEndpointsForOtherRoles() {
        return Stream.of("/actuator/prometheus", "/actuator/modulith").flatMap(path -> Stream.of(
                Arguments.of(path, Role.NATIONAL_EXPERT, null), Arguments.of(path, Role.INTEGRATOR, null),
                Arguments.of(path, Role.AUDITOR, null), Arguments.of(path, Role.LOCAL_SECRETARY, "VAR"),
                Arguments.of(path, Role.LOCAL_MEMBER, "VAR")));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("otherEndpointsForOtherRoles")
    void otherEndpointsAreForbiddenToOtherRoles(String path, Role role, String commission) throws Exception {
        mvc.perform(get(path).with(commission == null ? TestUsers.as(role) : TestUsers.as(role, commission)))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator/prometheus", "/actuator/modulith" })
    void theDemoAdministratorReadsThemWithAPassword(String path) throws Exception {
        mvc.perform(get(path).with(basic("national.admin", AccountsApi.DEMO_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theDemoExpertIsRefusedWithAPassword() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(basic("national.expert", AccountsApi.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
