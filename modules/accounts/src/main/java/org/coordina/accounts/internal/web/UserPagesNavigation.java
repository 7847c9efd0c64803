package org.coordina.accounts.internal.web;

import java.util.EnumSet;
import java.util.List;

import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.security.Role;
import org.springframework.stereotype.Component;

/**
 * The users pages' navigation entry, for national administrators. Not on {@link UserPages} itself: its class-wide
 * {@code @PreAuthorize} would refuse every other user the layout is drawn for.
 */
@Component
class UserPagesNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("accounts.page.nav.users", "/users", 90, EnumSet.of(Role.NATIONAL_ADMIN)));
    }
}
