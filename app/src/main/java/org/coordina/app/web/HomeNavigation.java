package org.coordina.app.web;

import java.util.EnumSet;
import java.util.List;

import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.security.Role;
import org.springframework.stereotype.Component;

/** The home page is the first entry of everyone's navigation. */
@Component
class HomeNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("page.nav.home", "/", 0, EnumSet.allOf(Role.class)));
    }
}
