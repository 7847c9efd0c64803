package org.coordina.annualplanning.internal.web;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets up cycles, commissions (through their regional-commissions events, the only way this module learns
 * of them), plans and activities, as their rightful users would.
 */
final class PlanningApi {

    static final String CYCLES = "/api/v1/planning-cycles";

    /** A year no test class creates a cycle for: what refused requests try, so that nothing may exist for it. */
    static final int UNUSED_YEAR = 2099;

    private static final AtomicInteger codes = new AtomicInteger();

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    PlanningApi(MockMvc mvc, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    /** A commission code no other test uses: {@code WAA}, {@code WAB}, … */
    static String freshCode() {
        int n = codes.getAndIncrement();
        return "W" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    static String plan(int year, String owner) {
        return CYCLES + "/" + year + "/plans/" + owner;
    }

    static String activities(int year, String owner) {
        return plan(year, owner) + "/activities";
    }

    static String activityJson(String section, String title, String serves) {
        return """
                {"titleBg": "Кампания %2$s", "titleEn": "%2$s", "description": "Around 18 October",
                 "sectionCode": "%1$s", "servesActivityId": %3$s, "responsible": ["Municipality"],
                 "partners": ["NGO"], "financing": {"source": "State budget", "amount": 1000.00, "currency": "BGN"},
                 "startsOn": "YEAR-04-01", "deadline": "YEAR-10-31", "plannedQuarters": [4, 2],
                 "expectedOutcomes": "Awareness",
                 "indicators": [{"nameBg": "Участници", "nameEn": "Participants", "unit": "people", "baseline": 0,
                                 "target": 100, "kind": "INCREMENTAL"}]}
                """.formatted(section, title, serves == null ? "null" : "\"" + serves + "\"");
    }

    /** A commission that annual planning has heard of (its CommissionEstablished event was handled). */
    String establish(String nameEn) {
        var code = freshCode();
        transactions.executeWithoutResult(status -> events.publishEvent(new CommissionEstablished(UUID.randomUUID(),
                Instant.now(), UUID.randomUUID(), 1, new CommissionCode(code), "МКБТХ " + nameEn, "LCCTHB " + nameEn,
                nameEn, nameEn + " Province", LocalDate.of(2010, 1, 1), CommissionStatus.ACTIVE)));
        await().atMost(Duration.ofSeconds(10)).until(() -> known(code));
        return code;
    }

    String establish() {
        return establish("Testovo");
    }

    private boolean known(String code) {
        return jdbc.sql("SELECT count(*) FROM annualplanning.known_commission WHERE code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    /** Drafts a cycle with the defaults as the national admin. */
    void draft(int year) throws Exception {
        mvc.perform(post(CYCLES).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": " + year + "}"))
                .andExpect(status().isCreated());
    }

    /** Drafts and opens a cycle as the national admin. */
    void open(int year) throws Exception {
        draft(year);
        mvc.perform(post(CYCLES + "/" + year + "/open").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isOk());
    }

    /** Adds an activity to a plan as this user and returns its id. */
    String addActivity(int year, String owner, RequestPostProcessor as, String json) throws Exception {
        var result = mvc.perform(post(activities(year, owner)).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(json.replace("YEAR", String.valueOf(year))))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    /** Adds an activity to a commission's plan as its secretary. */
    String addActivity(int year, String code) throws Exception {
        return addActivity(year, code, TestUsers.as(Role.LOCAL_SECRETARY, code), activityJson("II", "Campaign", null));
    }

    /** Moves a plan on (submit, return, approve, reopen) as this user, with the current ETag. */
    MvcResult transition(int year, String owner, String action, RequestPostProcessor as, String body) throws Exception {
        var request = post(plan(year, owner) + "/" + action).with(as).header(HttpHeaders.IF_MATCH, etag(plan(year, owner)));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn();
    }

    /** Submits a commission's plan as its secretary, expecting success. */
    void submit(int year, String code) throws Exception {
        expectOk(transition(year, code, "submit", TestUsers.as(Role.LOCAL_SECRETARY, code), null));
    }

    /** Approves a plan as the national admin, expecting success. */
    void approve(int year, String owner) throws Exception {
        expectOk(transition(year, owner, "approve", admin(), null));
    }

    private static void expectOk(MvcResult result) throws Exception {
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException(result.getResponse().getContentAsString());
        }
    }

    static RequestPostProcessor admin() {
        return TestUsers.as(Role.NATIONAL_ADMIN);
    }

    /** The resource as the national admin reads it. */
    MvcResult read(String path) throws Exception {
        return mvc.perform(get(path).with(admin())).andReturn();
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

    /** How many activities this owner's plan of this year has, counted in the database. */
    long activityCount(int year, String owner) {
        return jdbc.sql("SELECT count(*) FROM annualplanning.activity WHERE cycle_year = ? AND owner = ?")
                .params(year, owner).query(Long.class).single();
    }

    /** Whether a cycle exists for this year, asked of the database. */
    boolean cycleExists(int year) {
        return jdbc.sql("SELECT count(*) FROM annualplanning.planning_cycle WHERE year = ?").param(year)
                .query(Long.class).single() > 0;
    }
}
