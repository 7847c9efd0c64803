package org.coordina.notifications.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.coordina.sharedkernel.security.Role;
import org.coordina.testsupport.Caller;
import org.coordina.testsupport.ModuleApiTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/v1/notifications}: every signed-in user reads and marks their own notifications only (another's id
 * is not found), anonymous callers get 401; the preference is versioned; bad input writes nothing.
 */
@ModuleApiTest
class NotificationsApiIntegrationTests {

    static final String PATH = "/api/v1/notifications";

    static final String CODE = "BLG";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    UUID othersNotification;

    @BeforeEach
    void inboxes() {
        jdbc.sql("DELETE FROM notifications.notification").update();
        jdbc.sql("DELETE FROM notifications.preference").update();
        othersNotification = add("somebody.else", "Another's", Instant.parse("2026-04-01T00:00:00Z"), null);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyUserListsTheirOwnNotificationsNewestFirstWithTheUnreadCount(Caller caller) throws Exception {
        var username = usernameOf(caller);
        add(username, "Oldest", Instant.parse("2026-04-01T08:00:00Z"), Instant.parse("2026-04-02T08:00:00Z"));
        add(username, "Newest", Instant.parse("2026-04-03T08:00:00Z"), null);
        add(username, "Middle", Instant.parse("2026-04-02T08:00:00Z"), null);
        var result = mvc.perform(get(PATH).with(caller.on(CODE)))
                .andExpect(status().is(caller.expect(Caller.SIGNED_IN, 200)));
        if (caller == Caller.ANONYMOUS) {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            return;
        }
        result.andExpect(jsonPath("$.unread").value(2))
                .andExpect(jsonPath("$.notifications.page.totalElements").value(3))
                .andExpect(jsonPath("$.notifications.content[0].title").value("Newest"))
                .andExpect(jsonPath("$.notifications.content[0].read").value(false))
                .andExpect(jsonPath("$.notifications.content[1].title").value("Middle"))
                .andExpect(jsonPath("$.notifications.content[2].title").value("Oldest"))
                .andExpect(jsonPath("$.notifications.content[2].read").value(true))
                .andExpect(jsonPath("$.notifications.content[0].link").value("/meetings/x"));
    }

    @Test
    void listsArePagedAndSortOnlyByTheirDate() throws Exception {
        var admin = TestUsers.as(Role.NATIONAL_ADMIN);
        for (int day = 1; day <= 5; day++) {
            add("national_admin", "Day " + day, Instant.parse("2026-04-0" + day + "T08:00:00Z"), null);
        }
        mvc.perform(get(PATH).param("size", "2").param("page", "1").with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications.content[0].title").value("Day 3"))
                .andExpect(jsonPath("$.notifications.page.totalElements").value(5))
                .andExpect(jsonPath("$.unread").value(5));
        mvc.perform(get(PATH).param("sort", "createdAt,asc").with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.notifications.content[0].title").value("Day 1"));
        mvc.perform(get(PATH).param("sort", "recipient").with(admin)).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyUserMarksTheirOwnNotificationReadButNeverAnothers(Caller caller) throws Exception {
        var own = add(usernameOf(caller), "Own", Instant.parse("2026-04-03T08:00:00Z"), null);
        mvc.perform(post(PATH + "/" + own + "/read").with(caller.on(CODE)))
                .andExpect(status().is(caller.expect(Caller.SIGNED_IN, 204)));
        mvc.perform(post(PATH + "/" + othersNotification + "/read").with(caller.on(CODE)))
                .andExpect(status().is(caller.expect(Caller.SIGNED_IN, 404)));
        assertThat(isRead(own)).isEqualTo(caller != Caller.ANONYMOUS);
        assertThat(isRead(othersNotification)).isFalse();
        if (caller != Caller.ANONYMOUS) {
            mvc.perform(post(PATH + "/" + own + "/read").with(caller.on(CODE))).andExpect(status().isNoContent());
            mvc.perform(post(PATH + "/" + UUID.randomUUID() + "/read").with(caller.on(CODE)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post(PATH + "/not-a-uuid/read").with(caller.on(CODE))).andExpect(status().isBadRequest());
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyUserMarksAllTheirOwnNotificationsReadAndNoOneElses(Caller caller) throws Exception {
        var first = add(usernameOf(caller), "First", Instant.parse("2026-04-03T08:00:00Z"), null);
        var second = add(usernameOf(caller), "Second", Instant.parse("2026-04-04T08:00:00Z"), null);
        mvc.perform(post(PATH + "/read-all").with(caller.on(CODE)))
                .andExpect(status().is(caller.expect(Caller.SIGNED_IN, 204)));
        assertThat(isRead(first)).isEqualTo(caller != Caller.ANONYMOUS);
        assertThat(isRead(second)).isEqualTo(caller != Caller.ANONYMOUS);
        assertThat(isRead(othersNotification)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyUserReadsAndChangesTheirOwnPreferenceAtTheVersionTheyRead(Caller caller) throws Exception {
        var read = mvc.perform(get(PATH + "/preference").with(caller.on(CODE)))
                .andExpect(status().is(caller.expect(Caller.SIGNED_IN, 200)));
        var change = mvc.perform(put(PATH + "/preference").with(caller.on(CODE)).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"delivery\": \"DAILY_DIGEST\", \"language\": \"EN\"}"))
                .andExpect(status().is(caller.expect(Caller.SIGNED_IN, 200)));
        if (caller == Caller.ANONYMOUS) {
            assertThat(jdbc.sql("SELECT count(*) FROM notifications.preference").query(Long.class).single()).isZero();
            return;
        }
        read.andExpect(header().string(HttpHeaders.ETAG, "\"0\"")).andExpect(jsonPath("$.delivery").value("IMMEDIATE"))
                .andExpect(jsonPath("$.language").value("BG"));
        change.andExpect(header().string(HttpHeaders.ETAG, "\"1\"")).andExpect(jsonPath("$.delivery").value("DAILY_DIGEST"));
        mvc.perform(get(PATH + "/preference").with(caller.on(CODE))).andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.language").value("EN"));
        mvc.perform(get(PATH + "/preference").with(TestUsers.as(Role.AUDITOR == roleOf(caller) ? Role.NATIONAL_EXPERT
                : Role.AUDITOR))).andExpect(jsonPath("$.delivery").value("IMMEDIATE"));
    }

    @Test
    void aPreferenceChangeNeedsIfMatchAndTheCurrentVersion() throws Exception {
        var expert = TestUsers.as(Role.NATIONAL_EXPERT);
        var json = "{\"delivery\": \"NEVER\", \"language\": \"BG\"}";
        mvc.perform(put(PATH + "/preference").with(expert).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(PATH + "/preference").with(expert).header(HttpHeaders.IF_MATCH, "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isPreconditionFailed());
        mvc.perform(put(PATH + "/preference").with(expert).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
        mvc.perform(put(PATH + "/preference").with(expert).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(json.replace("NEVER", "IMMEDIATE")))
                .andExpect(status().isPreconditionFailed());
        assertThat(jdbc.sql("SELECT delivery FROM notifications.preference WHERE username = 'national_expert'")
                .query(String.class).single()).isEqualTo("NEVER");
    }

    static Stream<Arguments> badPreferences() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"delivery\": ", 400, null),
                Arguments.of("no fields", "{}", 422, "delivery"),
                Arguments.of("missing language", "{\"delivery\": \"NEVER\"}", 422, "language"),
                Arguments.of("unknown delivery", "{\"delivery\": \"HOURLY\", \"language\": \"BG\"}", 400, null),
                Arguments.of("wrong type", "{\"delivery\": 3, \"language\": [\"BG\"]}", 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPreferences")
    void badPreferencesAreRefusedAndNothingIsWritten(String what, String json, int status, String field)
            throws Exception {
        var result = mvc.perform(put(PATH + "/preference").with(TestUsers.as(Role.LOCAL_MEMBER, CODE))
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM notifications.preference").query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyTheNationalAdministratorSeesFailingAddresses(Caller caller) throws Exception {
        var id = add("failing.user", "Undeliverable", Instant.parse("2026-04-03T08:00:00Z"), null);
        jdbc.sql("INSERT INTO notifications.mail_outbox (notification_id, recipient, status, attempts, next_attempt_at,"
                + " last_error) VALUES (:id, 'failing.user', 'PENDING', 5, now(), '550 mailbox unavailable')")
                .param("id", id).update();
        var result = mvc.perform(get(PATH + "/failing-addresses").with(caller.on(CODE)))
                .andExpect(status().is(caller.expect(Caller.NATIONAL_ADMIN_ONLY, 200)));
        if (caller == Caller.NATIONAL_ADMIN) {
            result.andExpect(jsonPath("$[0].username").value("failing.user"))
                    .andExpect(jsonPath("$[0].attempts").value(5))
                    .andExpect(jsonPath("$[0].lastError").value("550 mailbox unavailable"));
        }
    }

    private UUID add(String recipient, String title, Instant createdAt, Instant readAt) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO notifications.notification (id, event_id, recipient, kind, language, title, body, link,"
                + " created_at, read_at) VALUES (:id, :eventId, :recipient, 'MEETING_SCHEDULED', 'en', :title, 'Body',"
                + " '/meetings/x', :createdAt, :readAt)")
                .param("id", id).param("eventId", UUID.randomUUID()).param("recipient", recipient).param("title", title)
                .param("createdAt", Timestamp.from(createdAt))
                .param("readAt", readAt == null ? null : Timestamp.from(readAt)).update();
        return id;
    }

    private boolean isRead(UUID id) {
        return jdbc.sql("SELECT read_at IS NOT NULL FROM notifications.notification WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    /** The username TestUsers gives a caller (none for the anonymous one). */
    private static String usernameOf(Caller caller) {
        var role = roleOf(caller);
        if (role == null) {
            return "nobody";
        }
        var name = role.name().toLowerCase(Locale.ROOT);
        return switch (caller) {
            case OWN_SECRETARY, OWN_MEMBER -> name + "." + CODE.toLowerCase(Locale.ROOT);
            case OTHER_SECRETARY, OTHER_MEMBER -> name + "." + Caller.OTHER_COMMISSION.toLowerCase(Locale.ROOT);
            default -> name;
        };
    }

    private static Role roleOf(Caller caller) {
        return switch (caller) {
            case NATIONAL_ADMIN -> Role.NATIONAL_ADMIN;
            case NATIONAL_EXPERT -> Role.NATIONAL_EXPERT;
            case OWN_SECRETARY, OTHER_SECRETARY -> Role.LOCAL_SECRETARY;
            case OWN_MEMBER, OTHER_MEMBER -> Role.LOCAL_MEMBER;
            case INTEGRATOR -> Role.INTEGRATOR;
            case AUDITOR -> Role.AUDITOR;
            case ANONYMOUS -> null;
        };
    }
}
