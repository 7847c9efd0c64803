package org.coordina.app.http;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Dates outside 1900–2199 are a field error, not silently another date or a database conflict. */
@ApiIntegrationTest
class DateBoundsIntegrationTests {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    /** Codes no demo commission and no other test uses: {@code QDA}, {@code QDB}, … */
    private static String freshCode() {
        int n = CODES.getAndIncrement();
        return "QD" + (char) ('A' + n % 26);
    }

    private static String commission(String code, String establishedOn) {
        return """
                {"code": "%s", "nameBg": "МКБТХ Тестово", "nameEn": "LCCTHB Testovo", "city": "Testovo",
                 "region": "Testovo Province", "establishedOn": "%s",
                 "foundingAct": {"issuer": "Mayor of Testovo", "number": "T-1", "date": "2010-02-15"},
                 "chair": {"title": "Deputy Mayor", "institution": "Municipality of Testovo"},
                 "secretary": {"name": "Secretary of LCCTHB Testovo", "email": "secretary@lccthb.example.org",
                               "phone": "+359 2 000 000"}}
                """.formatted(code, establishedOn);
    }

    private static String member(String joinedOn) {
        return """
                {"name": "Some One", "institution": "Regional Police Directorate", "position": "Member",
                 "email": "police@lccthb.example.org", "phone": "+359 2 000 001", "joinedOn": "%s"}
                """.formatted(joinedOn);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1500-01-01", "1899-12-31", "-4000-01-01", "+10000-01-01" })
    void aMemberWhoJoinedOutsideTheRangeIsAFieldError(String date) throws Exception {
        mvc.perform(post("/api/v1/commissions/VAR/members").with(TestUsers.as(Role.LOCAL_SECRETARY, "VAR"))
                        .contentType(MediaType.APPLICATION_JSON).content(member(date)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("joinedOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1500-01-01", "-4000-01-01" })
    void aCommissionEstablishedOutsideTheRangeIsAFieldError(String date) throws Exception {
        mvc.perform(post("/api/v1/commissions").with(TestUsers.as(Role.NATIONAL_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(commission(freshCode(), date)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("establishedOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1900-01-01", "2015-01-01" })
    void datesWithinTheRangeAreAccepted(String date) throws Exception {
        mvc.perform(post("/api/v1/commissions/VAR/members").with(TestUsers.as(Role.LOCAL_SECRETARY, "VAR"))
                        .contentType(MediaType.APPLICATION_JSON).content(member(date)))
                .andExpect(status().isCreated());
    }
}
