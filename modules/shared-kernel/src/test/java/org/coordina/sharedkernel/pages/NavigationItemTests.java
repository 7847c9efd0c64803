package org.coordina.sharedkernel.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.junit.jupiter.api.Test;

class NavigationItemTests {

    private static final SignedInUser ADMIN = new SignedInUser(Set.of(Role.NATIONAL_ADMIN), Optional.empty());

    private static final SignedInUser SECRETARY = new SignedInUser(Set.of(Role.LOCAL_SECRETARY), Optional.of("VAR"));

    @Test
    void anEntryIsVisibleToItsRolesOnly() {
        var users = new NavigationItem("users", "/users", 90, EnumSet.of(Role.NATIONAL_ADMIN));

        assertThat(users.isVisibleTo(ADMIN)).isTrue();
        assertThat(users.isVisibleTo(SECRETARY)).isFalse();
    }

    @Test
    void theOwnCommissionIsFilledInForALocalUser() {
        var own = new NavigationItem("own", "/commissions/" + NavigationItem.OWN_COMMISSION, 10,
                EnumSet.of(Role.LOCAL_SECRETARY, Role.NATIONAL_ADMIN));

        assertThat(own.pathFor(SECRETARY)).isEqualTo("/commissions/VAR");
        // A national user has no own commission: the entry would lead nowhere, so it is not shown.
        assertThat(own.isVisibleTo(ADMIN)).isFalse();
    }

    @Test
    void anEntryIsItsOwnSectionUnlessPutInOne() {
        var services = new NavigationItem("services", "/victim-support/services", 50, EnumSet.of(Role.AUDITOR));

        assertThat(services.sectionCode()).isEqualTo("services");
        assertThat(services.inSection("victimSupport").sectionCode()).isEqualTo("victimSupport");
        assertThat(services.inSection("victimSupport").labelCode()).isEqualTo("services");
    }

    @Test
    void anEntryIsAlsoCurrentOnThePagesItsPatternsName() {
        var progress = new NavigationItem("progress", "/planning/progress", 24, EnumSet.of(Role.AUDITOR))
                .inSection("planning").alsoCurrentOn("/planning/*/progress");

        assertThat(progress.isAlsoCurrentOn("/planning/2031/progress")).isTrue();
        assertThat(progress.isAlsoCurrentOn("/planning/2031/plans/VAR")).isFalse();
        assertThat(progress.sectionCode()).isEqualTo("planning");
        assertThat(new NavigationItem("list", "/commissions", 10, EnumSet.of(Role.AUDITOR))
                .isAlsoCurrentOn("/commissions")).isFalse();
    }

    @Test
    void aPathWithoutThePlaceholderIsKeptAsItIs() {
        var list = new NavigationItem("list", "/commissions", 10, EnumSet.of(Role.NATIONAL_ADMIN));

        assertThat(list.pathFor(ADMIN)).isEqualTo("/commissions");
    }
}
