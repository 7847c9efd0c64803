package org.coordina.regionalcommissions.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.regionalcommissions.internal.web.RegionalApi.COMMISSIONS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Demo mode: the ten local commissions and the eight trend reports of the December 2020 meeting. */
@ModuleApiTest(properties = "coordina.demo.enabled=true")
class DemoDataApiIntegrationTests {

    static final Map<String, String> DEMO = Map.of("BLG", "LCCTHB Blagoevgrad", "BGS", "LCCTHB Burgas", "VAR",
            "LCCTHB Varna", "VTR", "LCCTHB Veliko Tarnovo", "MON", "LCCTHB Montana", "PAZ", "LCCTHB Pazardzhik", "PVN",
            "LCCTHB Pleven", "PDV", "LCCTHB Plovdiv", "RSE", "LCCTHB Ruse", "SLS", "LCCTHB Sliven");

    @Autowired
    MockMvc mvc;

    @Test
    void theTenLocalCommissionsExistOnce() throws Exception {
        var body = mvc.perform(get(COMMISSIONS).param("size", "200").with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> commissions = JsonPath.read(body, "$.content[?(@.code =~ /^[A-Y][A-Z]{2}$/)]");

        assertThat(commissions).extracting(commission -> commission.get("code")).containsExactlyInAnyOrderElementsOf(DEMO.keySet());
        assertThat(commissions).allSatisfy(commission -> {
            assertThat(commission.get("nameEn")).isEqualTo(DEMO.get(commission.get("code")));
            assertThat((String) commission.get("nameBg")).startsWith("МКБТХ ");
            assertThat(commission.get("status")).isEqualTo("ACTIVE");
        });
    }

    @ParameterizedTest
    @CsvSource({ "BLG, 1", "PAZ, 1", "SLS, 1", "BGS, 1", "MON, 1", "PVN, 1", "VTR, 1", "VAR, 1", "PDV, 0", "RSE, 0" })
    void theCommissionsThatPresentedIn2020HaveOnePublishedH2Report(String code, int reports) throws Exception {
        var result = mvc.perform(get(COMMISSIONS + "/" + code + "/trend-reports").with(TestUsers.as(Role.LOCAL_MEMBER, code)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(reports));
        if (reports == 1) {
            result.andExpect(jsonPath("$.content[0].status").value("PUBLISHED"))
                    .andExpect(jsonPath("$.content[0].year").value(2020))
                    .andExpect(jsonPath("$.content[0].period").value("H2"));
        }
    }

    @Test
    void secretariesAndMembersAreRolesNotPeople() throws Exception {
        mvc.perform(get(COMMISSIONS + "/VAR").with(TestUsers.as(Role.LOCAL_SECRETARY, "VAR")))
                .andExpect(jsonPath("$.secretary.name").value("Secretary of LCCTHB Varna"))
                .andExpect(jsonPath("$.secretary.email").value("secretary.var@lccthb.example.org"))
                .andExpect(jsonPath("$.foundingAct.number").value("DEMO-VAR-2005"));
        mvc.perform(get(COMMISSIONS + "/VAR/members").with(TestUsers.as(Role.LOCAL_MEMBER, "VAR")))
                .andExpect(jsonPath("$.page.totalElements").value(4))
                .andExpect(jsonPath("$.content[0].name").value("NGO representative, LCCTHB Varna"));
    }
}
