package org.coordina.pages.regionalcommissions;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.pages.Browser;
import org.coordina.pages.BrowserTest;
import org.coordina.regionalcommissions.internal.CommissionManagement;
import org.coordina.regionalcommissions.internal.Secretary;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The commissions' pages: the list, a commission's pages, the secretary's form, its scoping and its conflicts. */
@BrowserTest
class CommissionPagesIntegrationTests {

    private static final CommissionCode VAR = CommissionCode.parse("VAR");

    @Autowired
    CommissionManagement commissions;

    Browser browser;

    @Test
    void theNationalAdministrationListsSortsAndOpensCommissions() {
        browser.signIn("national.admin").open("/commissions").screenshots("commissions");
        var codes = browser.findAll("[data-test=commissions] tbody tr td:first-child").stream().map(cell -> cell.getText()).toList();
        assertThat(codes).isNotEmpty().isSorted();
        browser.click("[data-sort=code]");
        var descending = browser.findAll("[data-test=commissions] tbody tr td:first-child").stream().map(cell -> cell.getText()).toList();
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        browser.click("[data-test=commissions] a[href='/commissions/VAR']");
        assertThat(browser.path()).isEqualTo("/commissions/VAR");
        browser.screenshots("commission");
        browser.click("a[href='/commissions/VAR/members']");
        browser.click("a[href='/commissions/VAR/trend-reports']");
    }

    @Test
    void aSecretaryCannotOpenAnotherCommissionsPages() {
        browser.signIn("secretary.var");
        for (var path : new String[] { "/commissions/SLS", "/commissions/SLS/members", "/commissions/SLS/trend-reports",
                "/commissions/SLS/secretary" }) {
            browser.open(path);
            assertThat(browser.findAll("[data-test=error-403]")).as(path).hasSize(1);
        }
        browser.screenshots("forbidden");
        browser.open("/commissions/VAR");
        assertThat(browser.findAll("[data-test=edit-secretary]")).hasSize(1);
    }

    @Test
    void aMemberReadsButDoesNotEditTheirCommission() {
        browser.signIn("member.sls").open("/commissions/SLS");
        assertThat(browser.findAll("[data-test=edit-secretary]")).isEmpty();
        browser.open("/commissions/SLS/secretary");
        assertThat(browser.findAll("[data-test=error-403]")).hasSize(1);
    }

    @Test
    void invalidContactsShowTheErrorsAndWriteNothing() {
        var before = commissions.find(VAR).getVersion();
        browser.signIn("secretary.var").open("/commissions/VAR/secretary");
        browser.type("name", "").type("email", "not an email").click("[data-test=save]");
        assertThat(browser.findAll("[data-test=error-summary] a")).extracting(link -> link.getDomAttribute("href"))
                .containsExactlyInAnyOrder("#name", "#email");
        assertThat(browser.findAll(".govuk-form-group--error")).hasSize(2);
        browser.screenshots("secretary-errors");
        assertThat(commissions.find(VAR).getVersion()).isEqualTo(before);
    }

    @Test
    void aStaleSaveShowsTheOtherChangeAndOverwritesNothing() {
        browser.signIn("secretary.var").open("/commissions/VAR/secretary");
        var current = commissions.find(VAR);
        commissions.assignSecretary(VAR, current.getVersion(),
                new Secretary("Someone Else", "someone.else@varna.example.org", null));

        browser.type("name", "Mine").type("email", "mine@varna.example.org").click("[data-test=save]");
        assertThat(browser.findAll("[data-test=stale]")).hasSize(1);
        assertThat(browser.value("name")).isEqualTo("Someone Else");
        assertThat(commissions.find(VAR).getSecretary().name()).isEqualTo("Someone Else");
        browser.screenshots("secretary-conflict");

        browser.type("name", "Mine").type("email", "mine@varna.example.org").click("[data-test=save]");
        assertThat(browser.path()).isEqualTo("/commissions/VAR?saved");
        assertThat(browser.text("[data-test=secretary]")).contains("Mine");
        assertThat(commissions.find(VAR).getSecretary().email()).isEqualTo("mine@varna.example.org");
    }
}
