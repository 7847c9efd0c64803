package org.coordina.accounts;

import static org.coordina.accounts.AccountsApi.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Bearer tokens issued for a password: they carry the role and the commission, and renew nothing. */
@ApiIntegrationTest
class BearerTokenIntegrationTests {

    /** A fictional commission whose secretary signs in. */
    static final String COMMISSION = "QAB";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        new AccountsApi(mvc).establishCommission(events, transactions, jdbc, COMMISSION);
    }

    private String tokenFor(String username) throws Exception {
        return tokenFor(username, AccountsApi.DEMO_PASSWORD);
    }

    private String tokenFor(String username, String password) throws Exception {
        var json = mvc.perform(post("/api/v1/auth/token").with(basic(username, password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.access_token");
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    @Test
    void aTokenSignsInAsTheUserItWasIssuedTo() throws Exception {
        var token = tokenFor("national.admin");
        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("national.admin"))
                .andExpect(jsonPath("$.role").value("NATIONAL_ADMIN"))
                .andExpect(jsonPath("$.displayName").value("National administrator (demo)"));
        mvc.perform(get("/api/v1/users").with(bearer(token))).andExpect(status().isOk());
    }

    @Test
    void aSecretarysTokenStaysBoundToItsCommission() throws Exception {
        var token = tokenFor("secretary.qab", AccountsApi.LOCAL_PASSWORD);
        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("secretary.qab"))
                .andExpect(jsonPath("$.role").value("LOCAL_SECRETARY"))
                .andExpect(jsonPath("$.commission").value("QAB"));
        mvc.perform(get("/api/v1/users").with(bearer(token))).andExpect(status().isForbidden());
    }

    @Test
    void aTokenCannotBuyAnotherToken() throws Exception {
        var token = tokenFor("national.expert");
        mvc.perform(post("/api/v1/auth/token").with(bearer(token))).andExpect(status().isForbidden());
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        var token = tokenFor("national.expert");
        var parts = token.split("\\.");
        // Same header and signature, a payload claiming another user.
        var forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"iss\":\"coordina\",\"sub\":\"national.admin\",\"roles\":[\"NATIONAL_ADMIN\"],\"exp\":9999999999}"
                        .getBytes()) + "." + parts[2];
        mvc.perform(get("/api/v1/me").with(bearer(forged))).andExpect(status().isUnauthorized());
    }
}
