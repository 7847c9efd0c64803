package org.coordina.accounts;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Tokens of an external identity provider: accepted when signed by a key the provider publishes,
 * scoped by their roles and commission claims, refused when forged, foreign or expired. The
 * provider is a JDK HTTP server publishing the JWK set of a test key.
 */
@ApiIntegrationTest
class ExternalJwtIntegrationTests {

    static final String ISSUER = "https://idp.example.test";

    static final RSAKey SIGNING_KEY = rsaKey("idp-key");

    /** Another key under the same key id: a forger's. */
    static final RSAKey FORGED_KEY = rsaKey("idp-key");

    static final HttpServer IDENTITY_PROVIDER = identityProvider();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void externalIssuer(DynamicPropertyRegistry properties) {
        properties.add("coordina.security.jwt.issuer-uri", () -> ISSUER);
        properties.add("coordina.security.jwt.jwk-set-uri",
                () -> "http://localhost:" + IDENTITY_PROVIDER.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDENTITY_PROVIDER.stop(0);
    }

    static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpServer identityProvider() {
        try {
            var server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            var jwks = new JWKSet(SIGNING_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (var body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(RSAKey key, String issuer, Instant expiresAt, String subject, List<String> roles,
            String commission) throws JOSEException {
        var claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", roles);
        if (commission != null) {
            claims.claim("commission", commission);
        }
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static Instant inFiveMinutes() {
        return Instant.now().plus(Duration.ofMinutes(5));
    }

    private ResultActions get(String path, String token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    @Test
    void aLocalSecretarysTokenIsScopedToItsCommission() throws Exception {
        var token = token(SIGNING_KEY, ISSUER, inFiveMinutes(), "ext.secretary", List.of("LOCAL_SECRETARY"), "var");
        get("/api/v1/me", token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("ext.secretary"))
                .andExpect(jsonPath("$.role").value("LOCAL_SECRETARY"))
                .andExpect(jsonPath("$.commission").value("VAR"))
                .andExpect(jsonPath("$.displayName").doesNotExist());
        get("/api/v1/users", token).andExpect(status().isForbidden());
    }

    @Test
    void aNationalAdministratorsTokenManagesUsers() throws Exception {
        var token = token(SIGNING_KEY, ISSUER, inFiveMinutes(), "ext.admin", List.of("NATIONAL_ADMIN"), null);
        get("/api/v1/users", token).andExpect(status().isOk());
    }

    @Test
    void aLocalRoleWithoutACommissionGrantsNothing() throws Exception {
        var token = token(SIGNING_KEY, ISSUER, inFiveMinutes(), "ext.member", List.of("LOCAL_MEMBER"), null);
        get("/api/v1/me", token).andExpect(status().isOk()).andExpect(jsonPath("$.role").doesNotExist());
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        var token = token(FORGED_KEY, ISSUER, inFiveMinutes(), "ext.admin", List.of("NATIONAL_ADMIN"), null);
        get("/api/v1/me", token).andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var token = token(SIGNING_KEY, ISSUER, Instant.now().minus(Duration.ofMinutes(5)), "ext.admin",
                List.of("NATIONAL_ADMIN"), null);
        get("/api/v1/me", token).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        var token = token(SIGNING_KEY, "https://other.example.test", inFiveMinutes(), "ext.admin",
                List.of("NATIONAL_ADMIN"), null);
        get("/api/v1/me", token).andExpect(status().isUnauthorized());
    }

    @Test
    void passwordsStillWorkBesideTheExternalIssuer() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/me")
                        .with(AccountsApi.basic("national.admin", AccountsApi.DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }
}
