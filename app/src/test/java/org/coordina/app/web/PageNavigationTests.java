package org.coordina.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.coordina.app.web.PageNavigation.Link;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.junit.jupiter.api.Test;

class PageNavigationTests {

    private static final SignedInUser AUDITOR = new SignedInUser(Set.of(Role.AUDITOR), Optional.empty());

    private static final SignedInUser SECRETARY = new SignedInUser(Set.of(Role.LOCAL_SECRETARY), Optional.of("VAR"));

    private static final List<NavigationItem> ITEMS = List.of(
            new NavigationItem("tables", "/victim-support/tables", 52, EnumSet.allOf(Role.class)).inSection("victims"),
            new NavigationItem("home", "/", 0, EnumSet.allOf(Role.class)),
            new NavigationItem("services", "/victim-support/services", 50, EnumSet.allOf(Role.class))
                    .inSection("victims"),
            new NavigationItem("cycles", "/planning", 20, EnumSet.of(Role.AUDITOR)).inSection("planning"),
            new NavigationItem("progress", "/planning/progress", 24, EnumSet.of(Role.AUDITOR)).inSection("planning")
                    .alsoCurrentOn("/planning/*/progress"),
            new NavigationItem("plans", "/planning", 20, EnumSet.of(Role.LOCAL_SECRETARY)).inSection("planning"),
            new NavigationItem("own", "/commissions/{commission}", 10, EnumSet.of(Role.LOCAL_SECRETARY)));

    @Test
    void theServiceNavigationHasOneEntryPerSectionLeadingToItsFirstPage() {
        var menu = PageNavigation.menu(ITEMS, AUDITOR, "/");

        assertThat(menu.entries()).containsExactly(new Link("home", "/", true, true),
                new Link("planning", "/planning", false, false),
                new Link("victims", "/victim-support/services", false, false));
        assertThat(menu.pages()).isEmpty();
        assertThat(menu.section()).isEqualTo("home");
    }

    @Test
    void aSectionsPagesAreTheSubNavigationOnAnyOfThemWithTheClosestOneCurrent() {
        var menu = PageNavigation.menu(ITEMS, AUDITOR, "/victim-support/tables");

        assertThat(menu.section()).isEqualTo("victims");
        assertThat(menu.entries().get(2)).isEqualTo(new Link("victims", "/victim-support/services", true, false));
        assertThat(menu.entries().get(2).ariaCurrent()).isEqualTo("true");
        assertThat(menu.pages()).containsExactly(new Link("services", "/victim-support/services", false, false),
                new Link("tables", "/victim-support/tables", true, true));
        assertThat(menu.pages().get(1).ariaCurrent()).isEqualTo("page");
        assertThat(menu.pages().get(0).ariaCurrent()).isNull();
    }

    @Test
    void aPatternBeatsAShorterPathThePageIsUnder() {
        var progress = PageNavigation.menu(ITEMS, AUDITOR, "/planning/2031/progress");
        var plan = PageNavigation.menu(ITEMS, AUDITOR, "/planning/2031/plans/VAR");

        assertThat(progress.pages()).filteredOn(Link::active).extracting(Link::labelCode).containsExactly("progress");
        assertThat(plan.pages()).filteredOn(Link::active).containsExactly(new Link("cycles", "/planning", true, false));
    }

    @Test
    void aSectionOfOnePageHasNoSubNavigationAndTheOwnCommissionIsFilledIn() {
        var menu = PageNavigation.menu(ITEMS, SECRETARY, "/planning/2031/plans/VAR");

        assertThat(menu.entries()).extracting(Link::labelCode).containsExactly("home", "own", "planning", "victims");
        assertThat(menu.entries().get(1).path()).isEqualTo("/commissions/VAR");
        assertThat(menu.section()).isEqualTo("planning");
        assertThat(menu.pages()).isEmpty();
    }
}
