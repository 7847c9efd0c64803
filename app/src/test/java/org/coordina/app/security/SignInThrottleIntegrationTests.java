package org.coordina.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.coordina.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Password guessing gets a 429 after a few tries, counted in a metric; the real user still gets in. */
@ApiIntegrationTest
class SignInThrottleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void repeatedWrongPasswordsAreThrottledWithoutLockingTheUserOut() throws Exception {
        double before = meters.counter("coordina.sign-ins.failed", "reason", "throttled").count();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("national.expert", "guess " + i)).with(from("203.0.113.7")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("national.expert", "guess 6")).with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Even the right password is not checked from there for now...
        mvc.perform(get("/api/v1/me").with(httpBasic("national.expert", "demo")).with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests());
        // ...but the user, from their own address, signs in.
        mvc.perform(get("/api/v1/me").with(httpBasic("national.expert", "demo")).with(from("198.51.100.20")))
                .andExpect(status().isOk());
        assertThat(meters.counter("coordina.sign-ins.failed", "reason", "throttled").count()).isEqualTo(before + 2);
    }
}
