package org.coordina.accounts;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.TestUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Drives the accounts API as a national administrator would, for tests that need accounts to exist. */
final class AccountsApi {

    static final String DEMO_PASSWORD = "demo";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;

    AccountsApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A username no other test uses, even in the shared application context. */
    static String uniqueUsername(String prefix) {
        return prefix + "." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 100_000, 36);
    }

    static RequestPostProcessor admin() {
        return TestUsers.as(Role.NATIONAL_ADMIN);
    }

    static RequestPostProcessor basic(String username, String password) {
        return httpBasic(username, password);
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

    /** Issues an API key for an integrator and answers the plain key. */
    String issueApiKey(String username) throws Exception {
        var json = mvc.perform(post("/api/v1/users/" + username + "/api-keys").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"feed\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.key");
    }

    boolean exists(String username) throws Exception {
        return mvc.perform(get("/api/v1/users/" + username).with(admin())).andReturn().getResponse().getStatus() == 200;
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
