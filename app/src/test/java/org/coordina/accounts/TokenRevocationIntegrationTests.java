package org.coordina.accounts;

import static org.coordina.accounts.AccountsApi.admin;
import static org.coordina.accounts.AccountsApi.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SecurityStamps;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A bearer token ends with what it stood for: a role change, a disable or a new password ends it. */
@ApiIntegrationTest
class TokenRevocationIntegrationTests {

    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SecurityStamps stamps;

    AccountsApi api;

    String username;

    @BeforeEach
    void setUp() throws Exception {
        api = new AccountsApi(mvc);
        username = AccountsApi.uniqueUsername("holder");
        api.create(username, Role.NATIONAL_EXPERT, null, PASSWORD);
    }

    private String tokenFor(String user, String password) throws Exception {
        var json = mvc.perform(post("/api/v1/auth/token").with(basic(user, password)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.access_token");
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    private void assertWorks(String token) throws Exception {
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
    }

    private void assertRefused(String token) throws Exception {
        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRoleChangeEndsTheTokensIssuedBeforeIt() throws Exception {
        var token = tokenFor(username, PASSWORD);
        assertWorks(token);

        mvc.perform(put("/api/v1/users/" + username + "/role").with(admin()).header(HttpHeaders.IF_MATCH, api.etagOf(username))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"AUDITOR\"}"))
                .andExpect(status().isOk());

        assertRefused(token);
        mvc.perform(get("/api/v1/me").with(bearer(tokenFor(username, PASSWORD))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("AUDITOR"));
    }

    @Test
    void disablingAnAccountEndsItsTokens() throws Exception {
        var token = tokenFor(username, PASSWORD);
        assertWorks(token);

        mvc.perform(post("/api/v1/users/" + username + "/disable").with(admin()).header(HttpHeaders.IF_MATCH, api.etagOf(username)))
                .andExpect(status().isOk());

        assertRefused(token);
    }

    @Test
    void aPasswordResetEndsTheTokensIssuedBeforeIt() throws Exception {
        var token = tokenFor(username, PASSWORD);
        assertWorks(token);

        mvc.perform(post("/api/v1/users/" + username + "/password-reset").with(admin())
                        .header(HttpHeaders.IF_MATCH, api.etagOf(username)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\": \"another long password\"}"))
                .andExpect(status().isOk());

        assertRefused(token);
        assertWorks(tokenFor(username, "another long password"));
    }

    @Test
    void changingOnesOwnPasswordEndsTheTokensIssuedBeforeIt() throws Exception {
        var token = tokenFor(username, PASSWORD);

        mvc.perform(put("/api/v1/me/password").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"oldPassword\": \"" + PASSWORD + "\", \"newPassword\": \"my new long password\"}"))
                .andExpect(status().is2xxSuccessful());

        assertRefused(token);
    }

    @Test
    void anApiKeyCannotBeExchangedForAToken() throws Exception {
        var integrator = AccountsApi.uniqueUsername("feed");
        api.create(integrator, Role.INTEGRATOR, null, PASSWORD);
        var key = api.issueApiKey(integrator);

        mvc.perform(post("/api/v1/auth/token").header("X-API-Key", key))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        var stamp = stamps.currentOf(username).orElseThrow();
        assertWorks(sign(username, stamp, Instant.now().plusSeconds(60)));
        assertRefused(sign(username, stamp, null));
    }

    @Test
    void aTokenForAnAccountThatDoesNotExistIsRefused() throws Exception {
        var stamp = stamps.currentOf(username).orElseThrow();
        assertRefused(sign("nobody." + username, stamp, Instant.now().plusSeconds(60)));
    }

    @Test
    void aTokenWithoutAStampIsRefused() throws Exception {
        assertRefused(sign(username, null, Instant.now().plusSeconds(60)));
    }

    /** A token signed with Coordina's own key, as a holder of the key (or a bug) could make one. */
    private String sign(String subject, String stamp, Instant expiresAt) {
        var claims = JwtClaimsSet.builder().issuer("coordina").subject(subject).issuedAt(Instant.now())
                .claim("roles", List.of(Role.NATIONAL_EXPERT.name()));
        if (stamp != null) {
            claims.claim(SecurityStamps.CLAIM, stamp);
        }
        if (expiresAt != null) {
            claims.expiresAt(expiresAt);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
