package org.coordina.regionalcommissions.internal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.TestUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sets up commissions, members and trend reports through the API, as their rightful users would. */
final class RegionalApi {

    static final String COMMISSIONS = "/api/v1/commissions";

    private static final AtomicInteger codes = new AtomicInteger();

    private final MockMvc mvc;

    RegionalApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A code no demo commission and no other test uses: {@code ZAA}, {@code ZAB}, … */
    static String freshCode() {
        int n = codes.getAndIncrement();
        return "Z" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    static String commissionJson(String code) {
        return """
                {"code": "%s", "nameBg": "МКБТХ Тестово", "nameEn": "LCCTHB Testovo", "city": "Testovo",
                 "region": "Testovo Province", "establishedOn": "2010-03-01",
                 "foundingAct": {"issuer": "Mayor of Testovo", "number": "T-1", "date": "2010-02-15"},
                 "chair": {"title": "Deputy Mayor", "institution": "Municipality of Testovo"},
                 "secretary": {"name": "Secretary of LCCTHB Testovo", "email": "secretary@lccthb.example.org",
                               "phone": "+359 2 000 000"}}
                """.formatted(code);
    }

    static String detailsJson(String city) {
        return """
                {"nameBg": "МКБТХ %1$s", "nameEn": "LCCTHB %1$s", "city": "%1$s", "region": "%1$s Province",
                 "establishedOn": "2011-05-01",
                 "foundingAct": {"issuer": "Mayor of %1$s", "number": "T-2", "date": "2011-04-01"},
                 "chair": {"title": "Deputy Mayor", "institution": "Municipality of %1$s"}}
                """.formatted(city);
    }

    static String memberJson(String name) {
        return """
                {"name": "%s", "institution": "Regional Police Directorate", "position": "Member",
                 "email": "police@lccthb.example.org", "phone": "+359 2 000 001", "joinedOn": "2015-01-01"}
                """.formatted(name);
    }

    static String reportJson(String title) {
        return reportJson(2020, "H2", title);
    }

    static String reportJson(int year, String period, String title) {
        return """
                {"year": %d, "period": "%s", "title": "%s", "summary": "Fictional summary.",
                 "exploitationForms": ["LABOUR_EXPLOITATION", "SEXUAL_EXPLOITATION"],
                 "riskGroups": ["Young people leaving care"], "recruitmentChannels": ["Online job offers"],
                 "destinationCountries": ["DE", "NL"], "recommendations": "Fictional recommendations."}
                """.formatted(year, period, title);
    }

    /** Establishes a fresh commission as the national admin and returns its code. */
    String establish() throws Exception {
        var code = freshCode();
        mvc.perform(post(COMMISSIONS).with(TestUsers.as(Role.NATIONAL_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(commissionJson(code)))
                .andExpect(status().isCreated());
        return code;
    }

    /** Adds a member as the commission's secretary and returns the member's id. */
    String addMember(String code, String name) throws Exception {
        var result = mvc.perform(post(COMMISSIONS + "/" + code + "/members").with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(memberJson(name)))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    /** Drafts a trend report for H2 2020 as the commission's secretary and returns its id. */
    String draftReport(String code, String title) throws Exception {
        var result = mvc.perform(post(COMMISSIONS + "/" + code + "/trend-reports")
                .with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(reportJson(title)))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    /** The resource as the national admin reads it. */
    MvcResult read(String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.as(Role.NATIONAL_ADMIN))).andReturn();
    }

    /** The current ETag of a resource, read as the national admin. */
    String etag(String path) throws Exception {
        var response = read(path).getResponse();
        if (response.getStatus() != 200) {
            throw new IllegalStateException(path + " answered " + response.getStatus());
        }
        return response.getHeader(HttpHeaders.ETAG);
    }

    /** A JSON value of a resource, read as the national admin. */
    <T> T value(String path, String jsonPath) throws Exception {
        return JsonPath.read(read(path).getResponse().getContentAsString(), jsonPath);
    }
}
