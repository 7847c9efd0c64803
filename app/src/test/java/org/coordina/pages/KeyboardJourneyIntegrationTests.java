package org.coordina.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;

import org.coordina.regionalcommissions.internal.CommissionManagement;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A secretary with the keyboard alone (Tab, Shift+Tab, Enter, Space and typing, never a click): the skip link comes
 * first and jumps to the main content, the navigation leads to their commission, an invalid save puts the focus on
 * the error summary whose links move it to the fields, and the corrected form is saved.
 */
@BrowserTest
class KeyboardJourneyIntegrationTests {

    private static final CommissionCode SLS = CommissionCode.parse("SLS");

    @Autowired
    CommissionManagement commissions;

    Browser browser;

    @Test
    void aSecretaryEditsTheirCommissionsContactsWithTheKeyboardAlone() {
        browser.open("/login");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("class")).contains("govuk-skip-link");
        press(Keys.ENTER);
        assertThat(focused().getDomAttribute("id")).isEqualTo("main-content");
        tabTo(element -> "username".equals(element.getDomAttribute("id")));
        type("secretary.sls");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("password");
        type("demo");
        pressAndWait(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/");

        tabTo(element -> "regionalcommissions.page.nav.ownCommission".equals(element.getDomAttribute("data-nav")));
        pressAndWait(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/commissions/SLS");
        tabTo(element -> "edit-secretary".equals(element.getDomAttribute("data-test")));
        pressAndWait(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/commissions/SLS/secretary");

        var before = commissions.find(SLS).getVersion();
        tabTo(element -> "name".equals(element.getDomAttribute("id")));
        clearAndType("");
        press(Keys.TAB);
        clearAndType("not an email");
        pressAndWait(Keys.ENTER);
        assertThat(browser.findAll("[data-test=error-summary] a")).hasSize(2);
        assertThat(focused().getDomAttribute("class")).contains("govuk-error-summary");
        assertThat(commissions.find(SLS).getVersion()).isEqualTo(before);

        press(Keys.TAB);
        assertThat(focused().getDomAttribute("href")).isIn("#name", "#email");
        if (!"#email".equals(focused().getDomAttribute("href"))) {
            tabTo(element -> "#email".equals(element.getDomAttribute("href")));
        }
        press(Keys.ENTER);
        assertThat(focused().getDomAttribute("id")).isEqualTo("email");
        clearAndType("secretary@smolyan.example.org");
        pressShiftTab();
        assertThat(focused().getDomAttribute("id")).isEqualTo("name");
        type("Секретар с клавиатура");
        tabTo(element -> "save".equals(element.getDomAttribute("data-test")));
        pressAndWait(Keys.SPACE);

        assertThat(browser.path()).isEqualTo("/commissions/SLS?saved");
        assertThat(browser.text("[data-test=secretary]")).contains("Секретар с клавиатура");
        assertThat(commissions.find(SLS).getSecretary().email()).isEqualTo("secretary@smolyan.example.org");
        tabTo(element -> "sign-out".equals(element.getDomAttribute("data-test")));
        pressAndWait(Keys.ENTER);
        assertThat(browser.path()).startsWith("/login");
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private void pressShiftTab() {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    /** Selects what the focused field holds and types over it. */
    private void clearAndType(String text) {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(Keys.BACK_SPACE).sendKeys(text).perform();
    }

    /** Presses a key that leaves the page, waits for the next one and checks it. */
    private void pressAndWait(CharSequence key) {
        var old = browser.driver().findElement(By.tagName("html"));
        press(key);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> isStale(old));
        browser.checked();
    }

    /** Tabs forward (at most 60 times) until the focused element is the one wanted. */
    private void tabTo(Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 60; presses++) {
            press(Keys.TAB);
            if (wanted.test(focused())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element on " + browser.path());
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        }
    }
}
