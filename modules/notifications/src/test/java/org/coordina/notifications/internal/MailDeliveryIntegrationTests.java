package org.coordina.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coordina.accounts.events.AccountRole;
import org.coordina.sharedkernel.pages.UserRemarks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * Mails through a real SMTP server (GreenMail): they arrive once, in the recipient's language, with the meeting's
 * calendar; digests gather a day's notifications; a failed mail is sent on a later round; old read ones are purged.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
        "coordina.notifications.base-url=https://coordina.example", "coordina.notifications.from=coordina@example.org" })
class MailDeliveryIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final UUID SECRETARY = UUID.fromString("00000000-0000-0000-0003-000000000001");

    static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0003-000000000002");

    static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0003-000000000003");

    static final UUID EXPERT = UUID.fromString("00000000-0000-0000-0003-000000000004");

    @Autowired
    Projections projections;

    @Autowired
    EventNotifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    Preferences preferences;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserRemarks remarks;

    @BeforeEach
    void accounts() {
        jdbc.sql("DELETE FROM notifications.notification").update();
        jdbc.sql("DELETE FROM notifications.preference").update();
        projections.opened(TestEvents.opened(SECRETARY, "ml.secretary.pdv", AccountRole.LOCAL_SECRETARY, "PDV"));
        projections.opened(TestEvents.opened(MEMBER, "ml.member.pdv", AccountRole.LOCAL_MEMBER, "PDV"));
        projections.opened(TestEvents.opened(ADMIN, "ml.admin", AccountRole.NATIONAL_ADMIN, null));
        projections.opened(TestEvents.opened(EXPERT, "ml.expert", AccountRole.NATIONAL_EXPERT, null));
        preferences.change("ml.admin", 0, Delivery.IMMEDIATE, Language.EN);
        preferences.change("ml.expert", 0, Delivery.DAILY_DIGEST, Language.EN);
        preferences.change("ml.member.pdv", 0, Delivery.NEVER, Language.BG);
    }

    @Test
    void aMeetingInvitationIsMailedOnceInEachRecipientsLanguageWithItsCalendar() throws Exception {
        var event = TestEvents.meetingScheduled(UUID.randomUUID(), "national", "PDV");
        notifications.on(event);
        notifications.on(event);
        assertThat(delivery.sendDue()).isEqualTo(2);
        assertThat(delivery.sendDue()).isZero();
        notifications.on(event);
        assertThat(delivery.sendDue()).isZero();

        var mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        var admin = to(mails, "ml.admin@example.org");
        assertThat(admin.getSubject()).isEqualTo("Invitation: National meeting");
        assertThat(admin.getFrom()[0].toString()).isEqualTo("coordina@example.org");
        var parts = parts(admin);
        assertThat(parts).anySatisfy(part -> assertThat(part).contains("Open in Coordina: https://coordina.example/meetings/"));
        assertThat(parts).anySatisfy(part -> assertThat(part).contains("<a href=\"https://coordina.example/meetings/"));
        assertThat(parts).anySatisfy(part -> assertThat(part).contains("METHOD:REQUEST", "SUMMARY:National meeting",
                "UID:" + event.meetingId() + "@coordina"));

        var secretary = to(mails, "ml.secretary.pdv@example.org");
        assertThat(secretary.getSubject()).isEqualTo("Покана: Национална среща");
        assertThat(parts(secretary)).anySatisfy(part -> assertThat(part).contains("SUMMARY:Национална среща"));
    }

    @Test
    void aDigestGathersTheDaysNotificationsOfThoseWhoWantOneAndNobodyMailsThoseWhoWantNone() throws Exception {
        notifications.on(TestEvents.obligationDueSoon());
        notifications.on(TestEvents.agreementExpiring());
        notifications.on(TestEvents.meetingScheduled(UUID.randomUUID(), "PDV"));
        delivery.sendDue();
        assertThat(smtp.getReceivedMessages()).extracting(mail -> mail.getAllRecipients()[0].toString())
                .containsOnly("ml.admin@example.org", "ml.secretary.pdv@example.org");
        int immediate = smtp.getReceivedMessages().length;

        assertThat(delivery.sendDigests()).isEqualTo(1);
        assertThat(delivery.sendDigests()).isZero();
        var mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(immediate + 1);
        var digest = to(mails, "ml.expert@example.org");
        assertThat(digest.getSubject()).isEqualTo("Coordina: 2 new notifications");
        assertThat(parts(digest)).anySatisfy(part -> assertThat(part).contains("Report to GRETA due on 01.05.2026",
                "Agreement ends on 30.06.2026"));
        assertThat(jdbc.sql("SELECT DISTINCT status FROM notifications.mail_outbox WHERE recipient = 'ml.member.pdv'")
                .query(String.class).list()).containsExactly("SKIPPED");
    }

    @Test
    void aFailedMailStaysPendingAndIsSentOnALaterRoundAndRepeatedFailuresAreReported() throws Exception {
        smtp.stop();
        notifications.on(TestEvents.obligationOverdue());
        assertThat(delivery.sendDue()).isZero();
        var outbox = jdbc.sql("SELECT status, attempts, next_attempt_at, last_error FROM notifications.mail_outbox"
                + " WHERE recipient = 'ml.admin'").query((row, n) -> List.of(row.getString(1), row.getInt(2),
                        row.getTimestamp(3).toInstant(), row.getString(4))).single();
        assertThat(outbox.get(0)).isEqualTo("PENDING");
        assertThat(outbox.get(1)).isEqualTo(1);
        assertThat((Instant) outbox.get(2)).isAfter(Instant.now().plusSeconds(30));
        assertThat(outbox.get(3)).isNotNull();
        assertThat(delivery.sendDue()).as("not due before its backoff").isZero();

        jdbc.sql("UPDATE notifications.mail_outbox SET next_attempt_at = now() - interval '1 second', attempts = 4")
                .update();
        assertThat(delivery.sendDue()).isZero();
        assertThat(new MailReport(new JdbcOutbox(jdbc), new NotificationsProperties(null, null, null, null, null, null,
                null, null, null)).failing()).extracting(FailingAddress::username).containsExactly("ml.admin");
        assertThat(remarks.remarksOn(List.of("ml.admin", "ml.expert", "nobody")))
                .containsExactly(entry("ml.admin", "notifications.remark.mailFailing"));
        assertThat(remarks.remarksOn(List.of())).isEmpty();

        smtp.start();
        jdbc.sql("UPDATE notifications.mail_outbox SET next_attempt_at = now() - interval '1 second'").update();
        assertThat(delivery.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("Report to EU_ANTI_TRAFFICKING_COORDINATOR");
        assertThat(jdbc.sql("SELECT status FROM notifications.mail_outbox WHERE recipient = 'ml.admin'")
                .query(String.class).single()).isEqualTo("SENT");
        assertThat(remarks.remarksOn(List.of("ml.admin"))).isEmpty();
    }

    @Test
    void readNotificationsArePurgedAfterTheRetentionUnlessTheirMailIsPending() {
        var old = stored("ml.admin", Instant.now().minus(Duration.ofDays(200)));
        var recent = stored("ml.admin", Instant.now().minus(Duration.ofDays(100)));
        var unread = stored("ml.admin", null);
        var pending = stored("ml.expert", Instant.now().minus(Duration.ofDays(200)));
        jdbc.sql("INSERT INTO notifications.mail_outbox (notification_id, recipient, status, next_attempt_at)"
                + " VALUES (:id, 'ml.expert', 'PENDING', now() + interval '1 day')").param("id", pending).update();
        assertThat(delivery.purge()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT id FROM notifications.notification").query(UUID.class).list())
                .containsExactlyInAnyOrder(recent, unread, pending).doesNotContain(old);
    }

    private UUID stored(String recipient, Instant readAt) {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO notifications.notification (id, event_id, recipient, kind, language, title, body, link,"
                + " created_at, read_at) VALUES (:id, :event, :recipient, 'PLAN_SUBMITTED', 'en', 't', 'b', '/',"
                + " now() - interval '300 days', :readAt)").param("id", id).param("event", UUID.randomUUID())
                .param("recipient", recipient).param("readAt", readAt == null ? null : Timestamp.from(readAt)).update();
        return id;
    }

    private static MimeMessage to(MimeMessage[] mails, String address) throws Exception {
        for (var mail : mails) {
            if (mail.getAllRecipients()[0].toString().equals(address)) {
                return mail;
            }
        }
        throw new AssertionError("No mail to " + address);
    }

    /** The text of every leaf part of a mail (bodies and attachments). */
    private static List<String> parts(MimeMessage mail) throws Exception {
        var texts = new ArrayList<String>();
        collect(mail.getContent(), texts);
        return texts;
    }

    private static void collect(Object content, List<String> texts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), texts);
            }
        } else if (content instanceof java.io.InputStream stream) {
            texts.add(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            texts.add(String.valueOf(content));
        }
    }
}
