package org.coordina.pages.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.coordina.accounts.internal.NewAccount;
import org.coordina.accounts.internal.RoleAssignment;
import org.coordina.accounts.internal.UserAdministration;
import org.coordina.pages.Browser;
import org.coordina.pages.BrowserTest;
import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The users pages: only the national administration opens them; it opens, changes and disables accounts. */
@BrowserTest
class UserPagesIntegrationTests {

    @Autowired
    UserAdministration administration;

    Browser browser;

    @Test
    void onlyTheNationalAdministrationOpensTheUsersPages() {
        for (var user : new String[] { "national.expert", "secretary.var", "auditor" }) {
            browser.signIn(user).open("/users");
            assertThat(browser.findAll("[data-test=error-403]")).as(user).hasSize(1);
            browser.open("/users/national.admin");
            assertThat(browser.findAll("[data-test=error-403]")).as(user).hasSize(1);
            browser.signOut();
        }
    }

    @Test
    void theAdministratorOpensChangesAndDisablesAnAccount() {
        browser.signIn("national.admin").open("/users").screenshots("users");
        assertThat(browser.findAll("[data-test=users] tbody tr")).isNotEmpty();

        browser.click("[data-test=new-user]");
        browser.type("username", "Not Valid!").type("email", "nope").type("initialPassword", "short")
                .click("[data-test=create]");
        assertThat(browser.findAll("[data-test=error-summary] a")).extracting(link -> link.getDomAttribute("href"))
                .contains("#username", "#displayName", "#email", "#role", "#initialPassword");
        browser.screenshots("user-errors");
        assertThat(administration.list(org.springframework.data.domain.Pageable.ofSize(200)).getContent())
                .noneMatch(account -> account.getDisplayName().equals("Journey User"));

        browser.type("username", "journey.user").type("displayName", "Journey User")
                .type("email", "journey.user@example.org").choose("role", "LOCAL_MEMBER").type("commission", "VAR")
                .type("initialPassword", "a journey password").click("[data-test=create]");
        assertThat(browser.path()).isEqualTo("/users/journey.user?created");
        assertThat(browser.text("[data-test=role]")).contains("VAR");

        browser.choose("role", "NATIONAL_EXPERT").type("commission", "").click("[data-test=save-role]");
        assertThat(browser.findAll("[data-test=saved]")).hasSize(1);
        assertThat(administration.get("journey.user").getRole()).isEqualTo(Role.NATIONAL_EXPERT);

        browser.type("newPassword", "another journey password").click("[data-test=reset-password]");
        assertThat(browser.findAll("[data-test=saved]")).hasSize(1);

        browser.click("[data-test=toggle-enabled]");
        assertThat(administration.get("journey.user").isEnabled()).isFalse();
    }

    @Test
    void aStaleRoleChangeShowsTheCurrentRole() {
        var account = administration.open(new NewAccount("stale.user", "Stale User", "stale.user@example.org",
                Role.NATIONAL_EXPERT, null, "a stale password"));
        browser.signIn("national.admin").open("/users/stale.user");
        administration.changeRole("stale.user", account.getVersion(), new RoleAssignment(Role.AUDITOR, null),
                "someone.else");
        browser.choose("role", "INTEGRATOR").click("[data-test=save-role]");
        assertThat(browser.findAll("[data-test=stale]")).hasSize(1);
        assertThat(browser.text("[data-test=role]")).isEqualTo("одитор");
        assertThat(administration.get("stale.user").getRole()).isEqualTo(Role.AUDITOR);
    }

    @Test
    void anApiKeyIsShownOnceOnly() {
        browser.signIn("national.admin").open("/users/integrator");
        browser.type("name", "journey key").click("[data-test=issue-key]");
        var key = browser.text("[data-test=plain-key]");
        assertThat(key).isNotBlank();
        browser.screenshots("api-key");
        browser.open("/users/integrator");
        assertThat(browser.findAll("[data-test=plain-key]")).isEmpty();
        assertThat(browser.pageText()).doesNotContain(key).contains("journey key");
    }
}
