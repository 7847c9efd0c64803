package org.coordina.pages.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.coordina.annualplanning.events.QuarterlyReportReturned;
import org.coordina.pages.Browser;
import org.coordina.pages.BrowserTest;
import org.coordina.sharedkernel.domain.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications page: a demo secretary sees the unread count in the header, opens the list, marks one read and
 * then all. The journey publishes a returned report of its own (Q4 of 2019, which no demo reads) so that it does
 * not depend on what the demo's planning has announced.
 */
@BrowserTest
class NotificationPagesIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    Browser browser;

    @Test
    void aDemoSecretarySeesTheUnreadCountOpensTheListAndMarksNotificationsRead() throws InterruptedException {
        var title = "Journey comment " + UUID.randomUUID();
        for (int quarter = 3; quarter <= 4; quarter++) {
            var event = new QuarterlyReportReturned(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 9, 2019,
                    new Party("PAZ"), quarter, title);
            transactions.executeWithoutResult(status -> events.publishEvent(event));
        }
        browser.signIn("secretary.paz").open("/");
        for (int tries = 0; tries < 60 && countOf(title) < 2; tries++) {
            Thread.sleep(500);
            browser.open("/notifications");
        }
        browser.open("/");
        assertThat(browser.findAll("[data-test=header-indicator]")).hasSize(1);
        browser.click("[data-test=header-indicator]");
        assertThat(browser.path()).startsWith("/notifications");
        assertThat(countOf(title)).isEqualTo(2);
        browser.screenshots("notifications");

        int unread = browser.findAll("[data-test=mark-read]").size();
        browser.click("[data-test=mark-read]");
        assertThat(browser.findAll("[data-test=mark-read]")).hasSize(unread - 1);
        browser.click("[data-test=read-all]");
        assertThat(browser.findAll("[data-test=mark-read]")).isEmpty();
        assertThat(browser.findAll("[data-test=header-indicator]")).isEmpty();
        browser.signOut();
    }

    private long countOf(String text) {
        return browser.findAll("[data-test=notification]").stream().filter(item -> item.getText().contains(text)).count();
    }
}
