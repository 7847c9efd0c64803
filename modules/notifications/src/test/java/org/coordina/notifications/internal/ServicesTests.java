package org.coordina.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coordina.accounts.events.AccountRole;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.MailSendException;

/** The application services on mocked repositories and a fixed clock: what they decide, not how SQL stores it. */
class ServicesTests {

    final Clock clock = Clock.fixed(TestEvents.AT, ZoneOffset.UTC);

    final NotificationsProperties properties = new NotificationsProperties(null, null, null, null, null, null, null,
            null, "https://c.example");

    @Test
    void anotherUsersNotificationIsNotFoundWhenMarkedRead() {
        var store = mock(JdbcInbox.class);
        var inbox = new Inbox(store, clock);
        var own = UUID.randomUUID();
        when(store.markRead("me", own, TestEvents.AT)).thenReturn(true);
        inbox.markRead("me", own);
        var others = UUID.randomUUID();
        assertThatThrownBy(() -> inbox.markRead("me", others)).isInstanceOf(DomainProblem.class);
        when(store.markAllRead("me", TestEvents.AT)).thenReturn(3);
        assertThat(inbox.markAllRead("me")).isEqualTo(3);
        when(store.unread("me")).thenReturn(2L);
        assertThat(inbox.unread("me")).isEqualTo(2);
    }

    @Test
    void aPreferenceChangesAtTheVersionReadAndAnUnchangedOneIsNotSaved() {
        var store = mock(JdbcPreferences.class);
        var preferences = new Preferences(store, clock);
        when(store.find("me")).thenReturn(Optional.empty());
        assertThat(preferences.of("me")).isEqualTo(Preference.DEFAULT);
        assertThatThrownBy(() -> preferences.change("me", 1, Delivery.NEVER, Language.EN))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(preferences.change("me", 0, Delivery.IMMEDIATE, Language.BG)).isEqualTo(Preference.DEFAULT);
        verify(store, never()).save(any(), any(), any(), anyLong(), any());
        when(store.save("me", Delivery.NEVER, Language.EN, 0, TestEvents.AT)).thenReturn(true);
        assertThat(preferences.change("me", 0, Delivery.NEVER, Language.EN))
                .isEqualTo(new Preference(Delivery.NEVER, Language.EN, 1));
    }

    @Test
    void aConcurrentPreferenceChangeIsStale() {
        var store = mock(JdbcPreferences.class);
        when(store.find("me")).thenReturn(Optional.empty(), Optional.of(new Preference(Delivery.NEVER, Language.BG, 1)));
        assertThatThrownBy(() -> new Preferences(store, clock).change("me", 0, Delivery.NEVER, Language.EN))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void aNewAccountCatchesUpOnTheLastMonthOnlyWhenItIsNewHere() {
        var recipients = mock(JdbcRecipients.class);
        var notices = mock(JdbcNotices.class);
        var projections = new Projections(recipients, notices, clock);
        var opened = TestEvents.opened(UUID.randomUUID(), "new", AccountRole.LOCAL_MEMBER, "VAR");
        when(recipients.projectAccount(opened.accountId(), 1, "new", AccountRole.LOCAL_MEMBER, opened.commission(),
                "new@example.org", true, TestEvents.AT)).thenReturn(true, false);
        projections.opened(opened);
        projections.opened(opened);
        verify(notices).catchUp("new", TestEvents.AT.minus(Duration.ofDays(30)), TestEvents.AT);

        var disabled = TestEvents.disabled(opened.accountId(), "new", AccountRole.LOCAL_MEMBER, "VAR", 2);
        projections.accessChanged(disabled);
        verify(recipients).projectAccount(opened.accountId(), 2, "new", AccountRole.LOCAL_MEMBER, opened.commission(),
                null, false, TestEvents.AT);
    }

    @Test
    void aNoticeIsKeptInBothLanguagesAndEachRecipientGetsItsOwnOnceWithMailWhenItHasAnAddress() {
        var recipients = mock(JdbcRecipients.class);
        var inbox = mock(JdbcInbox.class);
        var outbox = mock(JdbcOutbox.class);
        var notices = mock(JdbcNotices.class);
        var messages = new StaticMessageSource();
        messages.addMessage("notifications.notice.PLAN_SUBMITTED.title", Language.BG.locale(), "План {0} на {1}");
        messages.addMessage("notifications.notice.PLAN_SUBMITTED.body", Language.BG.locale(), "тяло");
        messages.addMessage("notifications.notice.PLAN_SUBMITTED.title", Language.EN.locale(), "Plan {0} of {1}");
        messages.addMessage("notifications.notice.PLAN_SUBMITTED.body", Language.EN.locale(), "body");
        var notice = Notices.of(TestEvents.planSubmitted("VAR"));
        when(recipients.resolve(notice.audience())).thenReturn(List.of(new Recipient("admin", "a@example.org", Language.EN),
                new Recipient("again", "g@example.org", Language.BG), new Recipient("silent", null, Language.BG)));
        when(recipients.commissionName("VAR")).thenReturn(Optional.of(new Bilingual("Варна", "Varna")));
        when(inbox.add(any(), eq(notice.eventId()), eq("admin"), any(), any(), any(), any(), any(), any(), any()))
                .thenReturn(true);
        when(inbox.add(any(), eq(notice.eventId()), eq("silent"), any(), any(), any(), any(), any(), any(), any()))
                .thenReturn(true);

        assertThat(new Notifier(recipients, inbox, outbox, notices, messages, clock).notify(notice)).isEqualTo(2);

        verify(notices).keep(notice, new JdbcNotices.Rendered("План 2026 на Варна", "тяло", null),
                new JdbcNotices.Rendered("Plan 2026 of Varna", "body", null), TestEvents.AT);
        verify(inbox).add(any(), eq(notice.eventId()), eq("admin"), eq(NoticeKind.PLAN_SUBMITTED), eq(Language.EN),
                eq("Plan 2026 of Varna"), eq("body"), eq("/planning/2026/plans/VAR"), eq(null), eq(TestEvents.AT));
        verify(outbox).enqueue(any(), eq("admin"), eq(TestEvents.AT));
        verify(outbox, never()).enqueue(any(), eq("again"), any());
        verify(outbox, never()).enqueue(any(), eq("silent"), any());
    }

    @Test
    void aFailedMailIsRetriedLaterAndASentOneIsMarkedSent() {
        var outbox = mock(JdbcOutbox.class);
        var lock = mock(JdbcJobLock.class);
        var mailer = mock(Mailer.class);
        var composer = mock(MailComposer.class);
        var delivery = new MailDelivery(outbox, mock(JdbcInbox.class), lock, composer, mailer, properties, clock);
        var sent = entry("sent", 0);
        var failing = entry("failing", 2);
        var sentMail = new Mail("sent@example.org", "s", "t", "h", List.of());
        var failingMail = new Mail("failing@example.org", "s", "t", "h", List.of());
        when(lock.tryLock(JdbcJobLock.SENDER)).thenReturn(true);
        when(outbox.dueImmediate(TestEvents.AT, MailDelivery.BATCH)).thenReturn(List.of(sent, failing));
        when(composer.single(sent)).thenReturn(sentMail);
        when(composer.single(failing)).thenReturn(failingMail);
        org.mockito.Mockito.doThrow(new MailSendException("refused")).when(mailer).send(failingMail);

        assertThat(delivery.sendDue()).isEqualTo(1);
        verify(outbox).skipUnwanted(TestEvents.AT);
        verify(outbox).markSent(sent.notificationId(), TestEvents.AT);
        verify(outbox).retryAt(failing.notificationId(), 3, TestEvents.AT.plus(Duration.ofMinutes(4)), "refused");
        verify(outbox, never()).markSent(eq(failing.notificationId()), any());
    }

    @Test
    void aRoundAnotherInstanceHoldsIsSkipped() {
        var outbox = mock(JdbcOutbox.class);
        var inbox = mock(JdbcInbox.class);
        var delivery = new MailDelivery(outbox, inbox, mock(JdbcJobLock.class), mock(MailComposer.class),
                mock(Mailer.class), properties, clock);
        assertThat(delivery.sendDue()).isZero();
        assertThat(delivery.sendDigests()).isZero();
        assertThat(delivery.purge()).isZero();
        verify(outbox, never()).skipUnwanted(any());
        verify(inbox, never()).purgeReadBefore(any());
    }

    @Test
    void theDigestSendsOneMailPerRecipientAndThePurgeKeepsTheRetention() {
        var outbox = mock(JdbcOutbox.class);
        var inbox = mock(JdbcInbox.class);
        var lock = mock(JdbcJobLock.class);
        var composer = mock(MailComposer.class);
        var mailer = mock(Mailer.class);
        var delivery = new MailDelivery(outbox, inbox, lock, composer, mailer, properties, clock);
        var first = entry("a", 0);
        var second = new OutboxEntry(UUID.randomUUID(), "a", "a@example.org", Language.BG, "t2", "b2", "/2", null, 0);
        var other = entry("b", 0);
        when(lock.tryLock(anyLong())).thenReturn(true);
        when(outbox.dueDigest(TestEvents.AT)).thenReturn(List.of(first, second, other));
        when(composer.digest(List.of(first, second))).thenReturn(new Mail("a@example.org", "d", "t", "h", List.of()));
        when(composer.digest(List.of(other))).thenReturn(new Mail("b@example.org", "d", "t", "h", List.of()));
        assertThat(delivery.sendDigests()).isEqualTo(2);
        verify(outbox).markSent(second.notificationId(), TestEvents.AT);
        when(inbox.purgeReadBefore(TestEvents.AT.minus(Duration.ofDays(180)))).thenReturn(7);
        assertThat(delivery.purge()).isEqualTo(7);
    }

    @Test
    void mailsAreWrittenFromTheTemplatesWithTheLinkAndCalendars() {
        var messages = new StaticMessageSource();
        messages.addMessage("notifications.mail.text", Language.EN.locale(), "{0} | {1}");
        messages.addMessage("notifications.mail.html", Language.EN.locale(), "<h1>{0}</h1>{1}<a href=\"{2}\">");
        messages.addMessage("notifications.mail.digest.subject", Language.EN.locale(), "{0} new");
        messages.addMessage("notifications.mail.digest.text.item", Language.EN.locale(), "[{0}/{1}/{2}]");
        messages.addMessage("notifications.mail.digest.html.item", Language.EN.locale(), "<li>{0}/{1}/{2}</li>");
        messages.addMessage("notifications.mail.digest.text", Language.EN.locale(), "T:{0}");
        messages.addMessage("notifications.mail.digest.html", Language.EN.locale(), "<ul>{0}</ul>");
        var composer = new MailComposer(messages, properties);
        var entry = new OutboxEntry(UUID.randomUUID(), "r", "r@example.org", Language.EN, "A & B", "Body", "/x", "ICS", 0);
        var mail = composer.single(entry);
        assertThat(mail).isEqualTo(new Mail("r@example.org", "A & B", "Body | https://c.example/x",
                "<h1>A &amp; B</h1>Body<a href=\"https://c.example/x\">", List.of("ICS")));
        var plain = new OutboxEntry(UUID.randomUUID(), "r", "r@example.org", Language.EN, "C", "D", "/y", null, 0);
        assertThat(composer.single(plain).calendars()).isEmpty();
        var digest = composer.digest(List.of(entry, plain));
        assertThat(digest).isEqualTo(new Mail("r@example.org", "2 new",
                "T:[A & B/Body/https://c.example/x][C/D/https://c.example/y]",
                "<ul><li>A &amp; B/Body/https://c.example/x</li><li>C/D/https://c.example/y</li></ul>", List.of("ICS")));
    }

    private static OutboxEntry entry(String recipient, int attempts) {
        return new OutboxEntry(UUID.randomUUID(), recipient, recipient + "@example.org", Language.EN, "t", "b", "/",
                null, attempts);
    }
}
