package org.coordina.pages.victimsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.coordina.pages.Browser;
import org.coordina.pages.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The victim support pages: a secretary enters a quarter the demo data does not use (VAR 2025 Q2) as a grid, sees
 * the tables disagree, fixes them and submits, and the national expert accepts; the published tables show
 * suppressed figures as suppressed; the register's form shows the personal-data guard on its field; another
 * commission's secretary is refused.
 */
@BrowserTest
class VictimSupportPagesIntegrationTests {

    private static final String QUARTER = "/victim-support/statistics/VAR/2025/2";

    Browser browser;

    @Test
    void aSecretaryEntersAQuarterSeesTheTablesDisagreeFixesThemAndSubmitsAndTheNationalExpertAccepts() {
        browser.signIn("secretary.var").open("/victim-support/statistics/VAR");
        browser.type("year", "2025").choose("quarter", "2").click("[data-test=open-quarter]");
        assertThat(browser.path()).isEqualTo(QUARTER);
        assertThat(browser.text("[data-test=status]")).isEqualTo("Не е въведена");

        browser.type("total", "6")
                .type("EXPLOITATION_BY_SEX-SEXUAL_EXPLOITATION-FEMALE", "4")
                .type("EXPLOITATION_BY_SEX-LABOUR_EXPLOITATION-MALE", "2")
                .type("AGE_GROUP_BY_SEX-ADULT-FEMALE", "3")
                .type("AGE_GROUP_BY_SEX-ADULT-MALE", "3")
                .type("CITIZENSHIP_BY_SEX-NATIONAL-FEMALE", "4")
                .type("CITIZENSHIP_BY_SEX-NATIONAL-MALE", "2")
                .type("IDENTIFICATION_BY_AGE_GROUP-FORMALLY_IDENTIFIED-ADULT", "6")
                .type("STAGE_BY_AGE_GROUP-REFERRAL-ADULT", "6");
        browser.find("#STAGE_BY_AGE_GROUP-REFERRAL-ADULT").sendKeys(Keys.TAB);
        // htmx posts the grid on each change and swaps in the server's margins.
        await(() -> browser.findAll("[data-test=disagreement]").size() == 2);
        assertThat(browser.text("[data-test=disagreements]")).contains("Пол").contains("Жени").contains("Мъже");
        browser.checked().screenshots("victim-statistics-grid");

        // Without JavaScript the same check is a plain post of the whole page.
        browser.click("[data-test=check]");
        assertThat(browser.findAll("[data-test=disagreement]")).hasSize(2);

        // Saving tables that disagree is refused by the module's own rule, and nothing is written.
        browser.click("[data-test=save]");
        assertThat(browser.findAll("[data-test=error-summary] li")).isNotEmpty();
        assertThat(browser.text("[data-test=status]")).isEqualTo("Не е въведена");

        browser.type("AGE_GROUP_BY_SEX-ADULT-FEMALE", "4").type("AGE_GROUP_BY_SEX-ADULT-MALE", "2");
        browser.find("#AGE_GROUP_BY_SEX-ADULT-MALE").sendKeys(Keys.TAB);
        await(() -> !browser.findAll("[data-test=agree]").isEmpty());
        assertThat(browser.findAll("[data-test=disagreement]")).isEmpty();

        browser.click("[data-test=save]");
        assertThat(browser.path()).isEqualTo(QUARTER + "?saved");
        assertThat(browser.text("[data-test=status]")).isEqualTo("Чернова");
        assertThat(browser.value("AGE_GROUP_BY_SEX-ADULT-FEMALE")).isEqualTo("4");

        browser.click("[data-test=submit]");
        assertThat(browser.path()).isEqualTo(QUARTER + "?submitted");
        assertThat(browser.text("[data-test=status]")).isEqualTo("Подадена");
        assertThat(browser.findAll("[data-test=grid]")).isEmpty();
        browser.signOut();

        browser.signIn("national.expert").open("/victim-support/statistics?status=SUBMITTED");
        browser.click("[data-test=submissions] a[href='" + QUARTER + "']");
        browser.click("[data-test=accept]");
        assertThat(browser.path()).isEqualTo(QUARTER + "?accepted");
        assertThat(browser.text("[data-test=status]")).isEqualTo("Приета");
    }

    @Test
    void thePublishedTablesShowSuppressedFiguresAsSuppressedNeverAsZero() {
        browser.signIn("secretary.var");
        await(() -> !browser.open("/victim-support/tables?year=2021&period=Q1")
                .findAll("[data-test=table-EXPLOITATION_BY_SEX]").isEmpty());
        var suppressed = browser.findAll("[data-test=suppressed]");
        assertThat(suppressed).isNotEmpty();
        // Read aloud as "suppressed", seen as a dash: never a number.
        assertThat(suppressed).allSatisfy(figure -> assertThat(figure.getText()).startsWith("—").contains("скрито")
                .doesNotContainPattern("\\d"));
        assertThat(browser.text("[data-test=legend]")).contains("Скритото не е нула");
        browser.screenshots("victim-statistics-tables");

        browser.open("/victim-support/tables?year=2021&period=H1&commission=VAR");
        assertThat(browser.findAll("[data-test=table-AGE_GROUP_BY_SEX]")).hasSize(1);
        browser.open("/victim-support/tables?year=2021&period=Q4");
        assertThat(browser.findAll("[data-test=not-published]")).hasSize(1);
    }

    @Test
    void anotherCommissionsSecretaryIsRefused() {
        browser.signIn("secretary.sls");
        for (var path : new String[] { QUARTER, "/victim-support/statistics/VAR",
                "/victim-support/tables?year=2021&period=Q1&commission=VAR", "/victim-support/statistics",
                "/victim-support/services/new" }) {
            browser.open(path);
            assertThat(browser.findAll("[data-test=error-403]")).as(path).hasSize(1);
        }
    }

    @Test
    void theRegisterShowsThePersonalDataGuardOnItsFieldAndSavesAService() {
        browser.signIn("national.admin").open("/victim-support/services");
        assertThat(browser.findAll("[data-test=services] tbody tr")).isNotEmpty();
        browser.click("[data-test=new-service]");
        browser.type("nameBg", "Тестова услуга").type("nameEn", "Test service (pages)").choose("type", "HOTLINE")
                .choose("targetGroup", "ALL").type("city", "Varna").type("operator", "ivan.petrov@example.org")
                .type("activeFrom", "01012025").click("[data-test=save]");
        assertThat(browser.findAll("[data-test=error-summary] a")).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#operator");
        browser.type("operator", "Demo NGO operator (fictional)").click("[data-test=save]");
        assertThat(browser.path()).isEqualTo("/victim-support/services?saved");
        browser.signOut();

        browser.signIn("member.sls").open("/victim-support/services");
        assertThat(browser.findAll("[data-test=new-service]")).isEmpty();
        browser.open("/victim-support/services/new");
        assertThat(browser.findAll("[data-test=error-403]")).hasSize(1);
    }

    private static void await(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The page did not get there in 30 s");
            }
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
