package org.coordina.app;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Demo mode opens the demo commissions only: a commission established later gets no demo accounts; a demo
 * secretary finds the demo data's notifications in the inbox.
 */
@ApiIntegrationTest
class DemoModeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoCommissionsHaveTheirDemoAccounts() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("secretary.var", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("member.sls", "demo"))).andExpect(status().isOk());
    }

    @Test
    void aDemoSecretaryIsToldOfTheDemoReportReturnedToTheCommission() {
        // Burgas is second among the demo commissions: its Q2 2021 report is returned with comments.
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> mvc
                .perform(get("/api/v1/notifications").param("size", "100").with(httpBasic("secretary.bgs", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications.content[?(@.kind == 'REPORT_RETURNED')].link",
                        hasItem("/planning/2021/plans/BGS/quarters/2")))
                .andExpect(jsonPath("$.unread", greaterThan(0))));
    }

    @Test
    void aCommissionEstablishedLaterGetsNoDemoAccounts() throws Exception {
        var code = "QEA";
        mvc.perform(post("/api/v1/commissions").with(TestUsers.as(Role.NATIONAL_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "%s", "nameBg": "МКБТХ Тестово", "nameEn": "LCCTHB Testovo", "city": "Testovo",
                                 "region": "Testovo Province", "establishedOn": "2010-03-01",
                                 "foundingAct": {"issuer": "Mayor of Testovo", "number": "T-1", "date": "2010-02-15"},
                                 "chair": {"title": "Deputy Mayor", "institution": "Municipality of Testovo"},
                                 "secretary": {"name": "Secretary of LCCTHB Testovo", "email": "secretary@lccthb.example.org",
                                               "phone": "+359 2 000 000"}}
                                """.formatted(code)))
                .andExpect(status().isCreated());
        // The accounts module learns of the commission by its event: once it can bind a user to it, it has handled it.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(post("/api/v1/users")
                        .with(TestUsers.as(Role.NATIONAL_ADMIN)).contentType(MediaType.APPLICATION_JSON).content("""
                                {"username": "probe.qea", "displayName": "Probe", "email": "probe@example.org",
                                 "role": "LOCAL_MEMBER", "commission": "%s", "initialPassword": "probe password 12"}
                                """.formatted(code)))
                .andReturn().getResponse().getStatus() == 201);
        Thread.sleep(2000);
        for (String username : List.of("secretary.qea", "member.qea")) {
            mvc.perform(get("/api/v1/users/" + username).with(TestUsers.as(Role.NATIONAL_ADMIN)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "demo"))).andExpect(status().isUnauthorized());
        }
    }
}
