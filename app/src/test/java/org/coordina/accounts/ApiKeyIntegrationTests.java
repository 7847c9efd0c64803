package org.coordina.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.accounts.AccountsApi.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Integrators' API keys: shown once, accepted in {@code X-API-Key}, refused once revoked. */
@ApiIntegrationTest
class ApiKeyIntegrationTests {

    static final String PASSWORD = "integrator password";

    @Autowired
    MockMvc mvc;

    AccountsApi api;

    @BeforeEach
    void setUp() {
        api = new AccountsApi(mvc);
    }

    private ResultActions meWithKey(String key) throws Exception {
        return mvc.perform(get("/api/v1/me").header("X-API-Key", key));
    }

    @Test
    void anIntegratorsKeyIsShownOnceAndSignsItIn() throws Exception {
        var integrator = AccountsApi.uniqueUsername("feed");
        api.create(integrator, Role.INTEGRATOR, null, PASSWORD);

        var json = mvc.perform(post("/api/v1/users/" + integrator + "/api-keys").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"statistics feed\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(jsonPath("$.name").value("statistics feed"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String key = JsonPath.read(json, "$.key");
        String prefix = JsonPath.read(json, "$.prefix");
        assertThat(key).startsWith("cak_").startsWith(prefix).hasSizeGreaterThan(40);

        var listed = mvc.perform(get("/api/v1/users/" + integrator + "/api-keys").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].prefix").value(prefix))
                .andExpect(jsonPath("$.content[0].key").doesNotExist())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).doesNotContain(key);

        meWithKey(key)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(integrator))
                .andExpect(jsonPath("$.role").value("INTEGRATOR"));
        // Stateless: nothing remembers the key between requests.
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRevokedKeyIsRefused() throws Exception {
        var integrator = AccountsApi.uniqueUsername("feed");
        api.create(integrator, Role.INTEGRATOR, null, PASSWORD);
        var key = api.issueApiKey(integrator);
        var other = api.issueApiKey(integrator);
        meWithKey(key).andExpect(status().isOk());

        String id = JsonPath.read(mvc.perform(get("/api/v1/users/" + integrator + "/api-keys").with(admin()))
                .andReturn().getResponse().getContentAsString(), "$.content[0].id");
        mvc.perform(delete("/api/v1/users/" + integrator + "/api-keys/" + id).with(admin()))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/users/" + integrator + "/api-keys/" + id).with(admin()))
                .andExpect(status().isNoContent());

        meWithKey(key)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/users/" + integrator + "/api-keys").with(admin()))
                .andExpect(jsonPath("$.content[0].revokedAt").isNotEmpty())
                .andExpect(jsonPath("$.content[1].revokedAt").doesNotExist());
        meWithKey(other).andExpect(status().isOk());
    }

    @Test
    void theKeyOfADisabledIntegratorIsRefused() throws Exception {
        var integrator = AccountsApi.uniqueUsername("feed");
        var etag = api.create(integrator, Role.INTEGRATOR, null, PASSWORD);
        var key = api.issueApiKey(integrator);
        meWithKey(key).andExpect(status().isOk());
        mvc.perform(post("/api/v1/users/" + integrator + "/disable").with(admin()).header(HttpHeaders.IF_MATCH, etag))
                .andExpect(status().isOk());
        meWithKey(key).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownOrMalformedKeyIsRefused() throws Exception {
        meWithKey("cak_" + "A".repeat(43)).andExpect(status().isUnauthorized());
        meWithKey("not-a-key").andExpect(status().isUnauthorized());
        meWithKey("cak_" + "x".repeat(5000)).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyIntegratorsGetKeys() throws Exception {
        mvc.perform(post("/api/v1/users/national.expert/api-keys").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"nope\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Only integrator accounts get API keys; national.expert is not one."));
        mvc.perform(get("/api/v1/users/national.expert/api-keys").with(admin()))
                .andExpect(jsonPath("$.content.length()").value(0));
    }

    @Test
    void aKeyNeedsAName() throws Exception {
        mvc.perform(post("/api/v1/users/integrator/api-keys").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + "n".repeat(101) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/users/integrator/api-keys").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void revokingAnotherUsersKeyIsA404() throws Exception {
        var owner = AccountsApi.uniqueUsername("feed");
        api.create(owner, Role.INTEGRATOR, null, PASSWORD);
        var key = api.issueApiKey(owner);
        String id = JsonPath.read(mvc.perform(get("/api/v1/users/" + owner + "/api-keys").with(admin()))
                .andReturn().getResponse().getContentAsString(), "$.content[0].id");
        mvc.perform(delete("/api/v1/users/integrator/api-keys/" + id).with(admin())).andExpect(status().isNotFound());
        meWithKey(key).andExpect(status().isOk());
    }
}
