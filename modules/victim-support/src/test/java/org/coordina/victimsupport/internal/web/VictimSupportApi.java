package org.coordina.victimsupport.internal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** Sets up commissions, activities and statistics for the HTTP tests, as their rightful users would. */
final class VictimSupportApi {

    static final String BASE = "/api/v1/victim-support";

    static final String SERVICES = BASE + "/services";

    private static final AtomicInteger CODES = new AtomicInteger();

    /** 12 victims: 10 women and 2 men, 11 adults and a child; counts 1 and 2 must be suppressed. */
    static final String TWELVE = """
            {"total": 12, "cells": [
             {"tabulation": "EXPLOITATION_BY_SEX", "row": "SEXUAL_EXPLOITATION", "column": "FEMALE", "count": 8},
             {"tabulation": "EXPLOITATION_BY_SEX", "row": "LABOUR_EXPLOITATION", "column": "FEMALE", "count": 2},
             {"tabulation": "EXPLOITATION_BY_SEX", "row": "LABOUR_EXPLOITATION", "column": "MALE", "count": 2},
             {"tabulation": "AGE_GROUP_BY_SEX", "row": "ADULT", "column": "FEMALE", "count": 9},
             {"tabulation": "AGE_GROUP_BY_SEX", "row": "CHILD", "column": "FEMALE", "count": 1},
             {"tabulation": "AGE_GROUP_BY_SEX", "row": "ADULT", "column": "MALE", "count": 2},
             {"tabulation": "CITIZENSHIP_BY_SEX", "row": "NATIONAL", "column": "FEMALE", "count": 10},
             {"tabulation": "CITIZENSHIP_BY_SEX", "row": "NATIONAL", "column": "MALE", "count": 2},
             {"tabulation": "IDENTIFICATION_BY_AGE_GROUP", "row": "FORMALLY_IDENTIFIED", "column": "ADULT", "count": 11},
             {"tabulation": "IDENTIFICATION_BY_AGE_GROUP", "row": "PRESUMED", "column": "CHILD", "count": 1},
             {"tabulation": "STAGE_BY_AGE_GROUP", "row": "REFERRAL", "column": "ADULT", "count": 11},
             {"tabulation": "STAGE_BY_AGE_GROUP", "row": "CRISIS_INTERVENTION", "column": "CHILD", "count": 1}]}
            """;

    /** 50 victims, all alike: nothing to suppress. */
    static final String FIFTY = """
            {"total": 50, "cells": [
             {"tabulation": "EXPLOITATION_BY_SEX", "row": "SEXUAL_EXPLOITATION", "column": "FEMALE", "count": 50},
             {"tabulation": "AGE_GROUP_BY_SEX", "row": "ADULT", "column": "FEMALE", "count": 50},
             {"tabulation": "CITIZENSHIP_BY_SEX", "row": "NATIONAL", "column": "FEMALE", "count": 50},
             {"tabulation": "IDENTIFICATION_BY_AGE_GROUP", "row": "FORMALLY_IDENTIFIED", "column": "ADULT", "count": 50},
             {"tabulation": "STAGE_BY_AGE_GROUP", "row": "REFERRAL", "column": "ADULT", "count": 50}]}
            """;

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    VictimSupportApi(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A commission known to the module's projection (as its CommissionEstablished would make it). */
    String knownCommission() {
        int n = CODES.getAndIncrement();
        var code = "V" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
        jdbc.sql("INSERT INTO victimsupport.known_commission (id, code, name_bg, name_en, status, source_version,"
                + " projected_at) VALUES (?, ?, 'МКБТХ', 'LCCTHB', 'ACTIVE', 1, now())").params(UUID.randomUUID(), code)
                .update();
        return code;
    }

    static String activities(String code) {
        return BASE + "/commissions/" + code + "/activities";
    }

    static String statistics(String code, int year, int quarter) {
        return BASE + "/statistics/" + code + "/" + year + "/" + quarter;
    }

    static String activityJson(int people, String description) {
        return """
                {"kind": "CRISIS_INTERVENTION", "periodFrom": "2030-01-01", "periodTo": "2030-03-31",
                 "peopleSupported": %d, "description": %s}
                """.formatted(people, description == null ? "null" : "\"" + description + "\"");
    }

    static String serviceJson(String operator) {
        return """
                {"nameBg": "Приют", "nameEn": "Shelter", "type": "SHELTER", "targetGroup": "WOMEN", "city": "Sofia",
                 "operator": "%s", "capacity": 8, "activeFrom": "2015-01-01"}
                """.formatted(operator);
    }

    /** A drafted activity of the commission, as its secretary; its path. */
    String activity(String code, int people) throws Exception {
        var result = mvc.perform(post(activities(code)).with(TestUsers.as(Role.LOCAL_SECRETARY, code))
                .contentType(MediaType.APPLICATION_JSON).content(activityJson(people, "Night shifts")))
                .andExpect(status().isCreated()).andReturn();
        return activities(code) + "/" + JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    /** Drafts, submits and (if asked) accepts statistics of the quarter; the ETag of the last step. */
    String statisticsOf(String code, int year, int quarter, String json, boolean accept) throws Exception {
        var path = statistics(code, year, quarter);
        var secretary = TestUsers.as(Role.LOCAL_SECRETARY, code);
        var etag = mvc.perform(post(path).with(secretary).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        etag = mvc.perform(post(path + "/submit").with(secretary).header(HttpHeaders.IF_MATCH, etag))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        if (accept) {
            etag = mvc.perform(post(path + "/accept").with(TestUsers.as(Role.NATIONAL_EXPERT))
                    .header(HttpHeaders.IF_MATCH, etag)).andExpect(status().isOk()).andReturn().getResponse()
                    .getHeader(HttpHeaders.ETAG);
        }
        return etag;
    }

    String etag(String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.as(Role.NATIONAL_ADMIN))).andReturn().getResponse()
                .getHeader(HttpHeaders.ETAG);
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM victimsupport." + table).query(Long.class).single();
    }
}
