package org.coordina.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.coordina.sharedkernel.security.Role;
import org.coordina.support.ApiIntegrationTest;
import org.coordina.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's users pages show which accounts' mails keep failing (the notifications module's remark). */
@ApiIntegrationTest
class UserRemarksIntegrationTests {

    static final String FAILING = "member.blg";

    /** The remark in Bulgarian, the pages' default language. */
    static final String MAIL_FAILING = "пощата не се доставя";

    static final Pattern REMARK = Pattern.compile("data-test=\"remark\"[^>]*>([^<]*)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final List<UUID> notifications = new ArrayList<>();

    @AfterEach
    void forgetTheFailingMails() {
        notifications.forEach(id -> jdbc.sql("DELETE FROM notifications.notification WHERE id = :id").param("id", id)
                .update());
    }

    @Test
    void anAccountWhoseMailsKeepFailingIsTaggedInTheUsersListAndOnItsPage() throws Exception {
        assertThat(remarks(row(page("/users?size=200"), FAILING))).isEmpty();
        failingMailTo(FAILING, 5);
        failingMailTo("member.var", 1);

        var list = page("/users?size=200");
        assertThat(remarks(row(list, FAILING))).containsExactly(MAIL_FAILING);
        assertThat(remarks(row(list, "member.var"))).as("one failure is not a failing address").isEmpty();
        assertThat(remarks(row(list, "secretary.blg"))).isEmpty();
        assertThat(remarks(page("/users/" + FAILING))).containsExactly(MAIL_FAILING);
        assertThat(remarks(page("/users/secretary.blg"))).isEmpty();
    }

    private void failingMailTo(String username, int attempts) {
        var id = UUID.randomUUID();
        notifications.add(id);
        jdbc.sql("""
                INSERT INTO notifications.notification (id, event_id, recipient, kind, language, title, body, link,
                    created_at)
                VALUES (:id, :event, :recipient, 'REPORT_OVERDUE', 'en', 'Test', 'Test', '/', now())
                """).param("id", id).param("event", UUID.randomUUID()).param("recipient", username).update();
        jdbc.sql("""
                INSERT INTO notifications.mail_outbox (notification_id, recipient, status, attempts, next_attempt_at,
                    last_error)
                VALUES (:id, :recipient, 'PENDING', :attempts, now() + interval '1 day', '550 mailbox unavailable')
                """).param("id", id).param("recipient", username).param("attempts", attempts).update();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.as(Role.NATIONAL_ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The users list's row of this account. */
    private static String row(String list, String username) {
        int link = list.indexOf("href=\"/users/" + username + "\"");
        assertThat(link).as(username + " is listed").isPositive();
        return list.substring(list.lastIndexOf("<tr", link), list.indexOf("</tr>", link));
    }

    private static List<String> remarks(String html) {
        return REMARK.matcher(html).results().map(match -> match.group(1).strip()).toList();
    }
}
