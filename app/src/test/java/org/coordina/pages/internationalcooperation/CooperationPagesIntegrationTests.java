package org.coordina.pages.internationalcooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.coordina.pages.Browser;
import org.coordina.pages.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The international cooperation pages: a national expert browses the obligations' calendar (due and overdue tags),
 * the agreements (expiring), the partners and the initiatives; a secretary reads but may not change; the integrator
 * and a member are refused, as by the API.
 */
@BrowserTest
class CooperationPagesIntegrationTests {

    Browser browser;

    @Test
    void aNationalExpertBrowsesTheCalendarAgreementsPartnersAndInitiativesWithTheirTags() {
        browser.signIn("national.expert");
        await(() -> !browser.open("/cooperation/obligations").findAll("[data-test=tag-OVERDUE]").isEmpty());
        assertThat(browser.findAll("[data-test=obligations] [data-test=tag-DUE]")).isNotEmpty();
        assertThat(browser.find("[data-test=ics]").getDomAttribute("href")).isEqualTo("/cooperation/obligations.ics");
        browser.screenshots("cooperation-obligations");
        browser.click("[data-sort=nextDueOn]");
        assertThat(browser.path()).contains("sort=nextDueOn,desc");

        browser.click("[data-test=subnavigation] [data-nav='internationalcooperation.page.agreements.title']");
        assertThat(browser.findAll("[data-test=agreements] [data-test=tag-EXPIRING]")).isNotEmpty();
        browser.click("[data-test=subnavigation] [data-nav='internationalcooperation.page.partners.title']");
        assertThat(browser.findAll("[data-test=partners] tbody tr")).isNotEmpty();
        assertThat(browser.findAll("[data-test=new-partner]")).hasSize(1);
        browser.click("[data-test=subnavigation] [data-nav='internationalcooperation.page.initiatives.title']");
        assertThat(browser.findAll("[data-test=initiatives] tbody tr")).isNotEmpty();

        browser.open("/");
        assertThat(browser.text("main")).contains("Предстоящ доклад");
    }

    @Test
    void aNationalExpertAddsAPartnerAndInvalidInputWritesNothing() {
        browser.signIn("national.expert").open("/cooperation/partners/new");
        browser.type("nameBg", "Тестов партньор").type("nameEn", "Test partner (pages)").choose("kind", "NGO_OR_NETWORK")
                .type("country", "romania").click("[data-test=save]");
        assertThat(browser.findAll("[data-test=error-summary] a")).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#country");
        browser.type("country", "RO").click("[data-test=save]");
        assertThat(browser.path()).isEqualTo("/cooperation/partners?saved");
    }

    @Test
    void aSecretaryReadsButMayNotChangeAndTheIntegratorAndAMemberAreRefused() {
        browser.signIn("secretary.var").open("/cooperation/partners");
        assertThat(browser.findAll("[data-test=new-partner]")).isEmpty();
        browser.open("/cooperation/partners/new");
        assertThat(browser.findAll("[data-test=error-403]")).hasSize(1);
        browser.signOut();
        for (var user : new String[] { "integrator", "member.sls" }) {
            browser.signIn(user);
            for (var path : new String[] { "/cooperation/obligations", "/cooperation/agreements", "/cooperation/partners",
                    "/cooperation/initiatives" }) {
                browser.open(path);
                assertThat(browser.findAll("[data-test=error-403]")).as(user + " " + path).hasSize(1);
            }
            browser.signOut();
        }
    }

    private static void await(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The page did not get there in 30 s");
            }
            try {
                Thread.sleep(300);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
