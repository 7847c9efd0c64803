package org.coordina.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the application's layout gives every page: the navigation of the role (one entry per section, a section's pages
 * as its sub-navigation), usable on a phone, the language switch, error pages.
 */
@BrowserTest
class LayoutIntegrationTests {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}+");

    private static final String HOME = "page.nav.home";

    private static final String OWN_COMMISSION = "regionalcommissions.page.nav.ownCommission";

    private static final String PLANNING = "annualplanning.page.nav.section";

    private static final String MEETINGS = "meetings.page.nav.meetings";

    private static final String VICTIM_SUPPORT = "victimsupport.page.nav.section";

    private static final String COOPERATION = "internationalcooperation.page.nav.cooperation";

    private static final String NOTIFICATIONS = "notifications.nav";

    private static final List<String> VICTIM_SUPPORT_PAGES = List.of("victimsupport.page.nav.services",
            "victimsupport.page.nav.statistics", "victimsupport.page.nav.tables");

    private static final List<String> COOPERATION_PAGES = List.of("internationalcooperation.page.obligations.title",
            "internationalcooperation.page.agreements.title", "internationalcooperation.page.partners.title",
            "internationalcooperation.page.initiatives.title");

    Browser browser;

    @Test
    void everyRoleSeesOneEntryPerSectionOfItsPages() {
        var national = List.of(HOME, "regionalcommissions.page.nav.commissions", PLANNING, MEETINGS, VICTIM_SUPPORT,
                COOPERATION);
        var expected = Map.of(
                "national.admin", concat(national, "accounts.page.nav.users", NOTIFICATIONS),
                "national.expert", concat(national, NOTIFICATIONS),
                "auditor", concat(national, NOTIFICATIONS),
                "secretary.var", List.of(HOME, OWN_COMMISSION, PLANNING, MEETINGS, VICTIM_SUPPORT, COOPERATION,
                        NOTIFICATIONS),
                "member.sls", List.of(HOME, OWN_COMMISSION, PLANNING, MEETINGS, VICTIM_SUPPORT, NOTIFICATIONS),
                "integrator", List.of(HOME, NOTIFICATIONS));
        for (var role : expected.entrySet()) {
            browser.signIn(role.getKey());
            assertThat(browser.navigation()).as(role.getKey()).containsExactlyElementsOf(role.getValue());
            assertThat(browser.find("[data-nav='" + HOME + "']").getDomAttribute("aria-current")).isEqualTo("page");
            assertThat(browser.subNavigation()).as("no section on the home page").isEmpty();
            if (role.getKey().equals("national.admin")) {
                browser.screenshots("home-national-admin");
            }
            browser.signOut();
        }
        browser.signIn("secretary.var");
        assertThat(browser.find("[data-nav='" + OWN_COMMISSION + "']").getDomAttribute("href"))
                .isEqualTo("/commissions/VAR");
    }

    @Test
    void aSectionsPagesAreItsSubNavigationWithTheCurrentPageMarked() {
        var sections = Map.of(
                "national.admin", Map.of(
                        PLANNING, List.of("annualplanning.page.nav.cycles", "annualplanning.page.progress.nav"),
                        VICTIM_SUPPORT, VICTIM_SUPPORT_PAGES, COOPERATION, COOPERATION_PAGES),
                "secretary.var", Map.of(
                        PLANNING, List.of("annualplanning.page.nav.plans", "annualplanning.page.report.nav"),
                        VICTIM_SUPPORT, VICTIM_SUPPORT_PAGES, COOPERATION, COOPERATION_PAGES),
                "member.sls", Map.of(
                        PLANNING, List.of("annualplanning.page.nav.plans", "annualplanning.page.report.nav"),
                        VICTIM_SUPPORT, VICTIM_SUPPORT_PAGES));
        for (var role : sections.entrySet()) {
            browser.signIn(role.getKey());
            for (var section : role.getValue().entrySet()) {
                browser.click("[data-test=navigation] [data-nav='" + section.getKey() + "']");
                var pages = section.getValue();
                assertThat(browser.subNavigation()).as(role.getKey() + " in " + section.getKey())
                        .containsExactlyElementsOf(pages);
                assertThat(current("navigation")).containsExactly(section.getKey());
                assertThat(current("subnavigation")).containsExactly(pages.get(0));
                assertThat(browser.find("[data-test=subnavigation]").findElement(By.xpath("ancestor::nav"))
                        .getDomAttribute("aria-label")).isNotBlank();

                browser.click("[data-test=subnavigation] [data-nav='" + pages.get(pages.size() - 1) + "']");
                assertThat(current("subnavigation")).containsExactly(pages.get(pages.size() - 1));
                assertThat(browser.find("[data-test=subnavigation] [aria-current]").getDomAttribute("aria-current"))
                        .isEqualTo("page");
                assertThat(browser.find("[data-test=navigation] [aria-current]").getDomAttribute("aria-current"))
                        .isEqualTo("true");
            }
            browser.signOut();
        }

        // A page deeper in a section marks the entry it belongs to, not only the one whose path it starts with.
        browser.signIn("national.admin").open("/planning/progress");
        assertThat(browser.path()).matches("/planning/\\d{4}/progress");
        assertThat(current("subnavigation")).containsExactly("annualplanning.page.progress.nav");
        assertThat(browser.find("[data-test=subnavigation]").findElement(By.xpath("ancestor::nav"))
                .getDomAttribute("aria-label")).isEqualTo("Страници в „Планиране“");
    }

    @Test
    void onAPhoneTheMenuOpensWithItsToggleAndNothingLeavesTheScreen() {
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.signIn("national.admin").open("/victim-support/services");
        var toggle = browser.find(".govuk-service-navigation__toggle");
        var menu = browser.find("[data-test=navigation]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> toggle.isDisplayed());
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();
        assertThat(fitsTheWidth()).as("no horizontal scrolling with the menu closed").isTrue();

        toggle.click();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(browser.findAll("[data-test=navigation] a, [data-test=subnavigation] a"))
                .hasSize(8 + VICTIM_SUPPORT_PAGES.size())
                .allSatisfy(link -> assertThat(link.isDisplayed()).isTrue())
                .allSatisfy(link -> assertThat(insideTheWidth(link)).as(link.getText()).isTrue());
        assertThat(fitsTheWidth()).as("no horizontal scrolling with the menu open").isTrue();
        browser.checked();
        toggle.click();
        assertThat(menu.isDisplayed()).isFalse();
        toggle.click();
        browser.screenshots("navigation-phone");
    }

    @Test
    void onALaptopTheNationalAdminsEightEntriesTakeAtMostTwoRowsInView() {
        // Eight entries need about 1,190 px in Bulgarian and 1,010 px in English: GOV.UK's 960 px column wraps them once.
        browser.signIn("national.admin");
        var links = browser.findAll("[data-test=navigation] a");
        assertThat(links.stream().map(link -> link.getRect().getY()).distinct().toList()).as("rows").hasSizeLessThan(3);
        assertThat(links).allSatisfy(link -> assertThat(insideTheWidth(link)).as(link.getText()).isTrue());
        assertThat(fitsTheWidth()).isTrue();
    }

    private List<String> current(String navigation) {
        return browser.findAll("[data-test=" + navigation + "] a[aria-current]").stream()
                .map(link -> link.getDomAttribute("data-nav")).toList();
    }

    private boolean fitsTheWidth() {
        return (Boolean) browser.driver().executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    private boolean insideTheWidth(WebElement element) {
        return (Boolean) browser.driver().executeScript("""
                const box = arguments[0].getBoundingClientRect();
                return box.left >= 0 && box.right <= window.innerWidth;
                """, element);
    }

    private static List<String> concat(List<String> first, String... more) {
        var all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
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
