package org.coordina.regionalcommissions;

import static org.coordina.regionalcommissions.RegionalApi.COMMISSIONS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.coordina.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Dates outside 1900–2199 are a field error, not silently another date or a database conflict. */
@ApiIntegrationTest
class DateBoundsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "1500-01-01", "1899-12-31", "-4000-01-01", "+10000-01-01" })
    void aMemberWhoJoinedOutsideTheRangeIsAFieldError(String date) throws Exception {
        var code = new RegionalApi(mvc).establish();
        mvc.perform(post(COMMISSIONS + "/" + code + "/members").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RegionalApi.memberJson("Some One").replace("2015-01-01", date)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("joinedOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1500-01-01", "-4000-01-01" })
    void aCommissionEstablishedOutsideTheRangeIsAFieldError(String date) throws Exception {
        mvc.perform(post(COMMISSIONS).with(TestUsers.as(Role.NATIONAL_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegionalApi.commissionJson(RegionalApi.freshCode()).replace("2010-03-01", date)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("establishedOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1900-01-01", "2015-01-01" })
    void datesWithinTheRangeAreAccepted(String date) throws Exception {
        var code = new RegionalApi(mvc).establish();
        mvc.perform(post(COMMISSIONS + "/" + code + "/members").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RegionalApi.memberJson("Some One").replace("2015-01-01", date)))
                .andExpect(status().isCreated());
    }
}
