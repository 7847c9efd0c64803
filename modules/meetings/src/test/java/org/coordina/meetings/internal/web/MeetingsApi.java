package org.coordina.meetings.internal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.TestUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sets up commissions and meetings for the HTTP tests, as their rightful users would. */
final class MeetingsApi {

    static final String MEETINGS = "/api/v1/meetings";

    private static final AtomicInteger codes = new AtomicInteger();

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    MeetingsApi(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A commission known to the module's projection (as its CommissionEstablished would make it). */
    String knownCommission() {
        int n = codes.getAndIncrement();
        var code = "X" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
        jdbc.sql("INSERT INTO meetings.known_commission (id, code, name_bg, name_en, status, source_version, projected_at)"
                + " VALUES (?, ?, 'МКБТХ', 'LCCTHB', 'ACTIVE', 1, now())").params(UUID.randomUUID(), code).update();
        return code;
    }

    static String meetingJson(String organiser, String invited, int year) {
        return """
                {"organiser": "%s", "titleBg": "Експертна среща", "titleEn": "Expert meeting",
                 "kind": "EXPERT_WORKING_MEETING", "format": "ONLINE", "onlineLink": "https://meet.example.org/x",
                 "startsAt": "%d-12-03T10:00:00", "endsAt": "%d-12-03T15:00:00", "invited": [%s]}
                """.formatted(organiser, year, year, invited == null ? "" : "\"" + invited + "\"");
    }

    static String detailsJson(String title, String invited) {
        return """
                {"titleBg": "%1$s", "titleEn": "%1$s", "kind": "NATIONAL_MEETING", "format": "HYBRID",
                 "place": "Sofia", "onlineLink": "https://meet.example.org/y", "invited": ["%2$s"]}
                """.formatted(title, invited);
    }

    /** Schedules a national meeting (as the national admin) inviting this commission; its path. */
    String national(String invited, int year) throws Exception {
        return schedule(meetingJson("national", invited, year), TestUsers.as(Role.NATIONAL_ADMIN));
    }

    /** Schedules a meeting of this commission, as its secretary; its path. */
    String ofCommission(String code, int year) throws Exception {
        return schedule(meetingJson(code, null, year), TestUsers.as(Role.LOCAL_SECRETARY, code));
    }

    private String schedule(String json, RequestPostProcessor user)
            throws Exception {
        var result = mvc.perform(MockMvcRequestBuilders.post(MEETINGS).with(user).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn();
        return MEETINGS + "/" + JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    /** The resource as the national admin reads it. */
    MvcResult read(String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.as(Role.NATIONAL_ADMIN))).andReturn();
    }

    String etag(String path) throws Exception {
        return read(path).getResponse().getHeader(HttpHeaders.ETAG);
    }

    <T> T value(String path, String jsonPath) throws Exception {
        return JsonPath.read(read(path).getResponse().getContentAsString(), jsonPath);
    }

    /** A change as the national admin with the current ETag. */
    MvcResult change(MockHttpServletRequestBuilder request, String path, String json) throws Exception {
        request.with(TestUsers.as(Role.NATIONAL_ADMIN)).header(HttpHeaders.IF_MATCH, etag(path));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult post(String path, String action, String json) throws Exception {
        return change(MockMvcRequestBuilders.post(path + action), path,
                json);
    }

    MvcResult put(String path, String action, String json) throws Exception {
        return change(MockMvcRequestBuilders.put(path + action), path,
                json);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM meetings.meeting").query(Long.class).single();
    }

}
