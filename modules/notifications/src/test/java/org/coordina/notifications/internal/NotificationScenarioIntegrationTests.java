package org.coordina.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.coordina.accounts.events.AccountRole;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Per event type: the event in, a notification for exactly the right users, each in their language, once however
 * often the event is delivered. The accounts are known from the accounts events only.
 */
@ApplicationModuleTest
class NotificationScenarioIntegrationTests {

    static final UUID SECRETARY_BLG = UUID.fromString("00000000-0000-0000-0001-000000000001");

    static final UUID MEMBER_BLG = UUID.fromString("00000000-0000-0000-0001-000000000002");

    static final UUID SECRETARY_VAR = UUID.fromString("00000000-0000-0000-0001-000000000003");

    static final UUID MEMBER_VAR = UUID.fromString("00000000-0000-0000-0001-000000000004");

    static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0001-000000000005");

    static final UUID EXPERT = UUID.fromString("00000000-0000-0000-0001-000000000006");

    static final UUID AUDITOR = UUID.fromString("00000000-0000-0000-0001-000000000007");

    static final UUID FORMER_ADMIN = UUID.fromString("00000000-0000-0000-0001-000000000008");

    @Autowired
    Projections projections;

    @Autowired
    EventNotifications notifications;

    @Autowired
    Preferences preferences;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void knownAccountsAndCommissions() {
        // Delivered again before every test: the projection ignores what it knows at that version.
        projections.opened(TestEvents.opened(SECRETARY_BLG, "sc.secretary.blg", AccountRole.LOCAL_SECRETARY, "BLG"));
        projections.opened(TestEvents.opened(MEMBER_BLG, "sc.member.blg", AccountRole.LOCAL_MEMBER, "BLG"));
        projections.opened(TestEvents.opened(SECRETARY_VAR, "sc.secretary.var", AccountRole.LOCAL_SECRETARY, "VAR"));
        projections.opened(TestEvents.opened(MEMBER_VAR, "sc.member.var", AccountRole.LOCAL_MEMBER, "VAR"));
        projections.opened(TestEvents.opened(ADMIN, "sc.admin", AccountRole.NATIONAL_ADMIN, null));
        projections.opened(TestEvents.opened(EXPERT, "sc.expert", AccountRole.NATIONAL_EXPERT, null));
        projections.opened(TestEvents.opened(AUDITOR, "sc.auditor", AccountRole.AUDITOR, null));
        projections.opened(TestEvents.opened(FORMER_ADMIN, "sc.former.admin", AccountRole.NATIONAL_ADMIN, null));
        projections.accessChanged(TestEvents.disabled(FORMER_ADMIN, "sc.former.admin", AccountRole.NATIONAL_ADMIN, null, 2));
        projections.commission(UUID.fromString("00000000-0000-0000-0002-000000000001"), new CommissionCode("BLG"),
                "МКБТЧ Благоевград", "LCCTHB Blagoevgrad", 1);
        projections.commission(UUID.fromString("00000000-0000-0000-0002-000000000002"), new CommissionCode("VAR"),
                "МКБТЧ Варна", "LCCTHB Varna", 1);
        if (preferences.of("sc.secretary.var").version() == 0) {
            preferences.change("sc.secretary.var", 0, Delivery.IMMEDIATE, Language.EN);
            preferences.change("sc.admin", 0, Delivery.IMMEDIATE, Language.EN);
        }
    }

    @Test
    void anOverdueReportTellsOnlyItsCommissionsSecretaryInBulgarianByDefault() {
        var event = TestEvents.reportOverdue("BLG");
        notifications.on(event);
        notifications.on(event);
        assertThat(told(event.eventId())).containsExactly(tuple("sc.secretary.blg", "bg",
                "Тримесечният отчет за Q1 2026 е просрочен",
                "Отчетът на МКБТЧ Благоевград за 1-то тримесечие на 2026 г. трябваше да бъде подаден до 05.04.2026 и не е подаден.",
                "/planning/2026/plans/BLG/quarters/1"));
    }

    @Test
    void aPublishedReportDueSoonTellsItsCommissionsSecretaryOnceEvenWhenRedelivered(Scenario scenario) {
        var event = TestEvents.reportDueSoon("BLG");
        scenario.publish(event).andWaitForStateChange(() -> recipients(event.eventId()), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("sc.secretary.blg"));
        scenario.publish(event).andWaitForStateChange(() -> jdbc.sql("SELECT count(*) FROM"
                + " modulith.event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
                .param("id", "%" + event.eventId() + "%").query(Long.class).single(), pending -> pending == 0);
        notifications.on(event);
        assertThat(told(event.eventId())).containsExactly(tuple("sc.secretary.blg", "bg",
                "Тримесечният отчет за Q3 2026 е със срок 15.10.2026",
                "Отчетът на МКБТЧ Благоевград за 3-то тримесечие на 2026 г. трябва да бъде подаден до 15.10.2026 и все"
                        + " още не е подаден.",
                "/planning/2026/plans/BLG/quarters/3"));
        var english = TestEvents.reportDueSoon("VAR");
        notifications.on(english);
        assertThat(told(english.eventId())).extracting(row -> row.toList().get(0), row -> row.toList().get(2))
                .containsExactly(tuple("sc.secretary.var", "Quarterly report Q3 2026 is due on 15.10.2026"));
    }

    @Test
    void aReturnedReportTellsTheSecretaryInEnglishWhenChosenWithTheComments() {
        var event = TestEvents.reportReturned("VAR");
        notifications.on(event);
        notifications.on(event);
        assertThat(told(event.eventId())).containsExactly(tuple("sc.secretary.var", "en",
                "Quarterly report Q2 2026 was returned",
                "The report of LCCTHB Varna for quarter 2 of 2026 was returned for changes: Figures for activity 3 are missing.",
                "/planning/2026/plans/VAR/quarters/2"));
    }

    @Test
    void submissionsTellTheEnabledNationalAdministratorsOnly() {
        var report = TestEvents.reportSubmitted("BLG");
        var plan = TestEvents.planSubmitted("VAR");
        notifications.on(report);
        notifications.on(plan);
        notifications.on(report);
        notifications.on(plan);
        assertThat(told(report.eventId())).extracting(row -> row.toList().get(0), row -> row.toList().get(2))
                .containsExactly(tuple("sc.admin", "Quarterly report Q1 2026 of LCCTHB Blagoevgrad submitted"));
        assertThat(told(plan.eventId())).extracting(row -> row.toList().get(0), row -> row.toList().get(2))
                .containsExactly(tuple("sc.admin", "Annual plan 2026 of LCCTHB Varna submitted"));
    }

    @Test
    void aReturnedPlanTellsTheSecretaryWithTheReasons() {
        var event = TestEvents.planReturned("BLG");
        notifications.on(event);
        notifications.on(event);
        assertThat(told(event.eventId())).extracting(row -> row.toList().get(0), row -> row.toList().get(3))
                .containsExactly(tuple("sc.secretary.blg",
                        "Годишният план за 2026 г. на МКБТЧ Благоевград е върнат за корекции: Section III has no activities."));
    }

    @Test
    void aMeetingTellsItsAudienceOfItsSchedulingReschedulingAndCancellationWithTheCalendar() {
        var meetingId = UUID.randomUUID();
        var scheduled = TestEvents.meetingScheduled(meetingId, "national", "BLG");
        notifications.on(scheduled);
        notifications.on(scheduled);
        assertThat(recipients(scheduled.eventId())).containsExactly("sc.admin", "sc.expert", "sc.member.blg",
                "sc.secretary.blg");
        assertThat(told(scheduled.eventId())).filteredOn(row -> row.toList().get(0).equals("sc.admin"))
                .extracting(row -> row.toList().get(2)).containsExactly("Invitation: National meeting");
        assertThat(told(scheduled.eventId())).filteredOn(row -> row.toList().get(0).equals("sc.expert"))
                .extracting(row -> row.toList().get(3))
                .containsExactly("Поканени сте на „Национална среща“ на 12.05.2026 10:00. Събитието за календара е приложено към писмото.");
        assertThat(calendar(scheduled.eventId(), "sc.admin")).contains("METHOD:REQUEST", "SUMMARY:National meeting");

        var rescheduled = TestEvents.meetingRescheduled(meetingId, "national");
        notifications.on(rescheduled);
        notifications.on(rescheduled);
        assertThat(recipients(rescheduled.eventId())).containsExactly("sc.admin", "sc.expert", "sc.member.blg",
                "sc.secretary.blg");
        assertThat(calendar(rescheduled.eventId(), "sc.secretary.blg")).contains("SEQUENCE:1",
                "DTSTART;TZID=Europe/Sofia:20260519T100000");

        var cancelled = TestEvents.meetingCancelled(meetingId, "national");
        notifications.on(cancelled);
        notifications.on(cancelled);
        assertThat(recipients(cancelled.eventId())).containsExactly("sc.admin", "sc.expert", "sc.member.blg",
                "sc.secretary.blg");
        assertThat(calendar(cancelled.eventId(), "sc.member.blg")).contains("METHOD:CANCEL", "SEQUENCE:2",
                "DTSTART;TZID=Europe/Sofia:20260519T100000");
    }

    @Test
    void aChangeOfAMeetingNotKnownHereTellsNobody() {
        var event = TestEvents.meetingCancelled(UUID.randomUUID(), "national");
        notifications.on(event);
        assertThat(told(event.eventId())).isEmpty();
    }

    @Test
    void anAgreedActionItemTellsTheResponsibleSecretaryOrTheNationalStaff() {
        var local = TestEvents.actionItemAgreed("VAR");
        var national = TestEvents.actionItemAgreed("national");
        notifications.on(local);
        notifications.on(local);
        notifications.on(national);
        notifications.on(national);
        assertThat(told(local.eventId())).extracting(row -> row.toList().get(0), row -> row.toList().get(2))
                .containsExactly(tuple("sc.secretary.var", "New action item, due 30.09.2026"));
        assertThat(recipients(national.eventId())).containsExactly("sc.admin", "sc.expert");
    }

    @Test
    void obligationsAndAgreementsTellTheNationalAdministratorsAndExperts() {
        var dueSoon = TestEvents.obligationDueSoon();
        var overdue = TestEvents.obligationOverdue();
        var expiring = TestEvents.agreementExpiring();
        for (int delivery = 0; delivery < 2; delivery++) {
            notifications.on(dueSoon);
            notifications.on(overdue);
            notifications.on(expiring);
        }
        assertThat(recipients(dueSoon.eventId())).containsExactly("sc.admin", "sc.expert");
        assertThat(recipients(overdue.eventId())).containsExactly("sc.admin", "sc.expert");
        assertThat(recipients(expiring.eventId())).containsExactly("sc.admin", "sc.expert");
        assertThat(told(dueSoon.eventId())).extracting(row -> row.toList().get(2))
                .containsExactly("Report to GRETA due on 01.05.2026", "Доклад към GRETA със срок 01.05.2026");
        assertThat(told(expiring.eventId())).extracting(row -> row.toList().get(3)).containsExactly(
                "The agreement \"Agreement with IOM\" ends on 30.06.2026, in 81 days.",
                "Споразумението „Споразумение с МОМ“ изтича на 30.06.2026, след 81 дни.");
    }

    @Test
    void everyNotificationWithAnAddressIsQueuedForMailOnce() {
        var event = TestEvents.obligationOverdue();
        notifications.on(event);
        notifications.on(event);
        assertThat(jdbc.sql("SELECT o.recipient FROM notifications.mail_outbox o JOIN notifications.notification n"
                + " ON n.id = o.notification_id WHERE n.event_id = :id ORDER BY o.recipient").param("id", event.eventId())
                .query(String.class).list()).containsExactly("sc.admin", "sc.expert");
    }

    @Test
    void anAccountKnownOnlyAfterAnEventCatchesUpOnItInTheApplicationWithoutMail() {
        var event = TestEvents.reportOverdue("SLS");
        notifications.on(event);
        assertThat(told(event.eventId())).isEmpty();
        var id = UUID.randomUUID();
        projections.opened(TestEvents.opened(id, "sc.secretary.sls." + id.toString().substring(0, 8),
                AccountRole.LOCAL_SECRETARY, "SLS"));
        assertThat(told(event.eventId())).extracting(row -> row.toList().get(1), row -> row.toList().get(2))
                .containsExactly(tuple("bg", "Тримесечният отчет за Q1 2026 е просрочен"));
        assertThat(jdbc.sql("SELECT count(*) FROM notifications.mail_outbox o JOIN notifications.notification n"
                + " ON n.id = o.notification_id WHERE n.event_id = :id").param("id", event.eventId()).query(Long.class)
                .single()).isZero();
        var member = TestEvents.opened(UUID.randomUUID(), "sc.member.sls", AccountRole.LOCAL_MEMBER, "SLS");
        projections.opened(member);
        assertThat(told(event.eventId())).hasSize(1);
    }

    @Test
    void publishedAccountEventsReachTheProjectionAndAStaleOneChangesNothing(Scenario scenario) {
        var id = UUID.randomUUID();
        scenario.publish(TestEvents.opened(id, "sc.new.secretary", AccountRole.LOCAL_SECRETARY, "BLG"))
                .andWaitForStateChange(() -> jdbc.sql("SELECT count(*) FROM notifications.known_account WHERE"
                        + " account_id = :id").param("id", id).query(Long.class).single(), count -> count > 0);
        projections.accessChanged(TestEvents.disabled(id, "sc.new.secretary", AccountRole.LOCAL_SECRETARY, "BLG", 3));
        projections.accessChanged(new org.coordina.accounts.events.AccountAccessChanged(UUID.randomUUID(), Instant.EPOCH, id,
                2, "sc.new.secretary", org.coordina.accounts.events.AccountAccessChanged.Change.ENABLED,
                AccountRole.LOCAL_SECRETARY, new CommissionCode("BLG"), true));
        var event = TestEvents.reportOverdue("BLG");
        notifications.on(event);
        assertThat(recipients(event.eventId())).containsExactly("sc.secretary.blg");
    }

    @Test
    void aPublishedEventReachesItsListener(Scenario scenario) {
        var event = TestEvents.planReturned("VAR");
        scenario.publish(event).andWaitForStateChange(() -> recipients(event.eventId()), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).containsExactly("sc.secretary.var"));
    }

    private List<org.assertj.core.groups.Tuple> told(UUID eventId) {
        return jdbc.sql("SELECT recipient, language, title, body, link FROM notifications.notification"
                + " WHERE event_id = :id ORDER BY recipient").param("id", eventId)
                .query((row, n) -> tuple(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5)))
                .list();
    }

    private List<String> recipients(UUID eventId) {
        return jdbc.sql("SELECT recipient FROM notifications.notification WHERE event_id = :id ORDER BY recipient")
                .param("id", eventId).query(String.class).list();
    }

    private String calendar(UUID eventId, String recipient) {
        return jdbc.sql("SELECT calendar FROM notifications.notification WHERE event_id = :id AND recipient = :r")
                .param("id", eventId).param("r", recipient).query(String.class).single();
    }
}
