package org.coordina.integration.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.coordina.sample.events.SampleRecorded;
import org.coordina.sample.events.SampleWithdrawn;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code GET /api/v1/events}: who reads it, CloudEvents structured mode, the cursor, the bounds and the filter. */
@ModuleApiTest
class EventFeedApiIntegrationTests {

    static final String EVENTS = "/api/v1/events";

    static final java.util.Set<Caller> FEED_READERS = java.util.EnumSet.of(Caller.INTEGRATOR, Caller.NATIONAL_ADMIN,
            Caller.NATIONAL_EXPERT, Caller.AUDITOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(Caller.class)
    void integratorsNationalStaffAndTheAuditorReadTheFeedLocalRolesGet403(Caller caller) throws Exception {
        mvc.perform(get(EVENTS).with(caller.on("BLG"))).andExpect(status().is(caller.expect(FEED_READERS, 200)));
    }

    @Test
    void eventsAreCloudEventsInStructuredModeAndTheCursorPagesWithoutGapsOrRepeats() throws Exception {
        String start = cursorAtEnd();
        var aggregate = UUID.randomUUID();
        List<SampleRecorded> published = List.of(SampleRecorded.of(aggregate, 1, "one"),
                SampleRecorded.of(aggregate, 2, "two"), SampleRecorded.of(aggregate, 3, "three"));
        published.forEach(event -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(start) == 3);

        String body = mvc.perform(get(EVENTS).param("after", start).param("limit", "2").with(integrator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(2))
                .andExpect(jsonPath("$.events[0].specversion").value("1.0"))
                .andExpect(jsonPath("$.events[0].id").value(published.get(0).eventId().toString()))
                .andExpect(jsonPath("$.events[0].type").value("org.coordina.sample.SampleRecorded.v1"))
                .andExpect(jsonPath("$.events[0].source").value("/coordina/sample"))
                .andExpect(jsonPath("$.events[0].subject").value(aggregate.toString()))
                .andExpect(jsonPath("$.events[0].time").value("2026-11-29T08:00:00Z"))
                .andExpect(jsonPath("$.events[0].datacontenttype").value("application/json"))
                .andExpect(jsonPath("$.events[0].data.label").value("one"))
                .andExpect(jsonPath("$.events[0].data.version").value(1))
                .andExpect(jsonPath("$.events[1].data.label").value("two"))
                .andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(body, "$.next");

        String rest = mvc.perform(get(EVENTS).param("after", next).param("limit", "2").with(integrator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.events.length()").value(1))
                .andExpect(jsonPath("$.events[0].data.label").value("three"))
                .andReturn().getResponse().getContentAsString();
        String end = JsonPath.read(rest, "$.next");
        mvc.perform(get(EVENTS).param("after", end).with(integrator())).andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(0)).andExpect(jsonPath("$.next").value(end));
    }

    @Test
    void theTypesFilterReturnsOnlyTheNamedTypes() throws Exception {
        String start = cursorAtEnd();
        var sample = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(SampleRecorded.of(sample, 1, "kept out")));
        transactions.executeWithoutResult(status -> events.publishEvent(
                new SampleWithdrawn(UUID.randomUUID(), SampleRecorded.of(sample, 2, "").occurredAt(), sample, 2)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(start) == 2);

        mvc.perform(get(EVENTS).param("after", start).param("types", "org.coordina.sample.SampleWithdrawn.v1")
                .with(integrator())).andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(1))
                .andExpect(jsonPath("$.events[0].type").value("org.coordina.sample.SampleWithdrawn.v1"));
        mvc.perform(get(EVENTS).param("after", start)
                .param("types", "org.coordina.sample.SampleWithdrawn.v1,org.coordina.sample.SampleRecorded.v1")
                .with(integrator())).andExpect(jsonPath("$.events.length()").value(2));
        mvc.perform(get(EVENTS).param("after", start).param("types", "org.coordina.sample.Unknown.v1")
                .with(integrator())).andExpect(jsonPath("$.events.length()").value(0))
                .andExpect(jsonPath("$.next").value(start));
    }

    @Test
    void fiveHundredIsTheLargestPageAndThirtySecondsTheLongestWait() throws Exception {
        mvc.perform(get(EVENTS).param("limit", "500").with(integrator())).andExpect(status().isOk());
        mvc.perform(get(EVENTS).param("wait", "0").with(integrator())).andExpect(status().isOk());
        for (String[] bad : new String[][] { { "limit", "501" }, { "limit", "0" }, { "limit", "-1" },
                { "wait", "31" }, { "wait", "-1" } }) {
            mvc.perform(get(EVENTS).param(bad[0], bad[1]).with(integrator()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
        }
        mvc.perform(get(EVENTS).param("types", "not a type!").with(integrator()))
                .andExpect(status().isUnprocessableContent());
    }

    @ParameterizedTest
    @ValueSource(strings = { "nonsense", "12", "ZjE6LTE", "ZjI6MTI", "%%%" })
    void aCursorTheFeedDidNotIssueIsA400(String cursor) throws Exception {
        mvc.perform(get(EVENTS).param("after", cursor).with(integrator())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void wrongTypesOfTheNumbersAreA400() throws Exception {
        mvc.perform(get(EVENTS).param("limit", "ten").with(integrator())).andExpect(status().isBadRequest());
        mvc.perform(get(EVENTS).param("wait", "1.5").with(integrator())).andExpect(status().isBadRequest());
    }

    private String cursorAtEnd() throws Exception {
        long position = jdbc.sql("select coalesce(max(position), 0) from integration.feed_event").query(Long.class)
                .single();
        String body = mvc.perform(get(EVENTS).param("limit", "1").with(integrator())).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).contains("\"next\"");
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("f1:" + position).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private long count(String after) {
        long position = Long.parseLong(new String(java.util.Base64.getUrlDecoder().decode(after)).substring(3));
        return jdbc.sql("select count(*) from integration.feed_event where position > ?").param(position)
                .query(Long.class).single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor integrator() {
        return TestUsers.as(Role.INTEGRATOR);
    }
}
