package org.coordina.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the application's layout gives every page: the navigation of the role, the language switch, error pages. */
@BrowserTest
class LayoutIntegrationTests {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}+");

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void signOut() {
        if (!browser.findAll("[data-test=sign-out]").isEmpty()) {
            browser.signOut();
        }
        browser.open("/?lang=bg");
    }

    @Test
    void everyRoleSeesTheNavigationOfItsPages() {
        var expected = List.of(
                List.of("national.admin", "page.nav.home", "regionalcommissions.page.nav.commissions",
                        "annualplanning.page.nav.cycles", "annualplanning.page.progress.nav", "meetings.page.nav.meetings",
                        "victimsupport.page.nav.services", "victimsupport.page.nav.statistics",
                        "victimsupport.page.nav.tables", "internationalcooperation.page.nav.cooperation",
                        "accounts.page.nav.users", "notifications.nav"),
                List.of("national.expert", "page.nav.home", "regionalcommissions.page.nav.commissions",
                        "annualplanning.page.nav.cycles", "annualplanning.page.progress.nav", "meetings.page.nav.meetings",
                        "victimsupport.page.nav.services", "victimsupport.page.nav.statistics",
                        "victimsupport.page.nav.tables", "internationalcooperation.page.nav.cooperation",
                        "notifications.nav"),
                List.of("auditor", "page.nav.home", "regionalcommissions.page.nav.commissions",
                        "annualplanning.page.nav.cycles", "annualplanning.page.progress.nav", "meetings.page.nav.meetings",
                        "victimsupport.page.nav.services", "victimsupport.page.nav.statistics",
                        "victimsupport.page.nav.tables", "internationalcooperation.page.nav.cooperation",
                        "notifications.nav"),
                List.of("secretary.var", "page.nav.home", "regionalcommissions.page.nav.ownCommission",
                        "annualplanning.page.nav.plans", "annualplanning.page.report.nav", "meetings.page.nav.meetings",
                        "victimsupport.page.nav.services", "victimsupport.page.nav.statistics",
                        "victimsupport.page.nav.tables", "internationalcooperation.page.nav.cooperation",
                        "notifications.nav"),
                List.of("member.sls", "page.nav.home", "regionalcommissions.page.nav.ownCommission",
                        "annualplanning.page.nav.plans", "annualplanning.page.report.nav", "meetings.page.nav.meetings",
                        "victimsupport.page.nav.services", "victimsupport.page.nav.statistics",
                        "victimsupport.page.nav.tables", "notifications.nav"),
                List.of("integrator", "page.nav.home", "notifications.nav"));
        for (var row : expected) {
            browser.signIn(row.get(0));
            assertThat(browser.navigation()).as(row.get(0)).containsExactlyElementsOf(row.subList(1, row.size()));
            if (row.get(0).equals("national.admin")) {
                browser.screenshots("home-national-admin");
            }
            browser.signOut();
        }
        browser.signIn("secretary.var");
        assertThat(browser.find("[data-nav='regionalcommissions.page.nav.ownCommission']").getDomAttribute("href"))
                .isEqualTo("/commissions/VAR");
    }

    @Test
    void switchingToEnglishChangesEveryLabelAndIsRemembered() {
        browser.open("/login");
        assertThat(browser.language()).isEqualTo("bg");
        assertThat(browser.text("h1")).isEqualTo("Вход в Coordina");
        browser.click("a[hreflang=en]");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(englishOnly(browser.pageText())).isTrue();
        browser.signIn("national.admin");
        for (var path : List.of("/", "/commissions", "/commissions/VAR", "/commissions/VAR/members",
                "/commissions/VAR/trend-reports", "/commissions/VAR/secretary", "/no-such-page")) {
            browser.open(path);
            assertThat(browser.language()).as(path).isEqualTo("en");
            assertThat(browser.pageText()).as(path).satisfies(text -> assertThat(englishOnly(text)).isTrue());
        }
        browser.click("a[hreflang=bg]");
        assertThat(browser.text("h1")).isEqualTo("Страницата не е намерена");
    }

    @Test
    void anUnknownPageShowsThe404PageAndTheZoneIsNamed() {
        browser.signIn("national.expert");
        browser.open("/no-such-page");
        assertThat(browser.findAll("[data-test=error-404]")).hasSize(1);
        assertThat(browser.pageText()).contains("Europe/Sofia");
    }

    /** Cyrillic is allowed only in the language switch's own name for Bulgarian. */
    private static boolean englishOnly(String text) {
        return !CYRILLIC.matcher(text.replace("Български", "")).find();
    }
}
