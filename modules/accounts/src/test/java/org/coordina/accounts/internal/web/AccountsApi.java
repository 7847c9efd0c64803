package org.coordina.accounts.internal.web;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.coordina.testsupport.TestUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives the accounts API as a national administrator would, for tests that need accounts to exist,
 * and signs in with a password as the application's HTTP Basic and login form do (through the
 * module's password provider, which a module test has no filter chain for).
 */
final class AccountsApi {

    static final String DEMO_PASSWORD = "demo";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;

    private final List<AuthenticationProvider> providers;

    AccountsApi(MockMvc mvc, List<AuthenticationProvider> providers) {
        this.mvc = mvc;
        this.providers = providers;
    }

    /** A username no other test uses, even in the shared application context. */
    static String uniqueUsername(String prefix) {
        return prefix + "." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 100_000, 36);
    }

    static RequestPostProcessor admin() {
        return TestUsers.as(Role.NATIONAL_ADMIN);
    }

    /** This very user, signed in with the authority of a national or integrator role. */
    static RequestPostProcessor as(String username, Role role) {
        return user(username).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    static String body(String username, Role role, String commission, String password) {
        return """
                {"username": "%s", "displayName": "Test %s", "email": "%s@example.org", "role": "%s", %s
                 "initialPassword": "%s"}
                """.formatted(username, username, username, role.name(),
                commission == null ? "" : "\"commission\": \"" + commission + "\",", password);
    }

    /** Opens an account through the API and answers its ETag. */
    String create(String username, Role role, String commission, String password) throws Exception {
        return mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(username, role, commission, password)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    }

    boolean exists(String username) throws Exception {
        return mvc.perform(get("/api/v1/users/" + username).with(admin())).andReturn().getResponse().getStatus() == 200;
    }

    /** Who a password sign-in makes of this user, or empty when the sign-in is refused. */
    Optional<SignedInUser> signIn(String username, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        var provider = providers.stream().filter(candidate -> candidate.supports(attempt.getClass())).findFirst()
                .orElseThrow();
        try {
            return SignedInUser.of(provider.authenticate(attempt));
        } catch (AuthenticationException refused) {
            return Optional.empty();
        }
    }

    /**
     * Establishes a (fictional) commission as the regional-commissions module would, by its event; the
     * same code always gives the same commission, so establishing it twice changes nothing. In demo
     * mode its secretary and member appear; this waits for them.
     */
    void establishCommission(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc,
            String code) {
        var id = UUID.nameUUIDFromBytes(("commission:" + code).getBytes(StandardCharsets.UTF_8));
        transactions.executeWithoutResult(status -> events.publishEvent(new CommissionEstablished(UUID.randomUUID(),
                Instant.now(), id, 1, CommissionCode.parse(code), "МКБТХ " + code, "LCCTHB " + code, "Test city",
                "Test region", LocalDate.of(2020, 1, 1), CommissionStatus.ACTIVE)));
        var suffix = code.toLowerCase(Locale.ROOT);
        await().atMost(Duration.ofSeconds(20)).until(() -> exists("secretary." + suffix) && exists("member." + suffix)
                && jdbc.sql("SELECT count(*) FROM accounts.known_commission WHERE id = :id").param("id", id)
                        .query(Long.class).single() == 1);
    }
}
