package org.coordina.sharedkernel.pages;

import java.util.List;

/** A module's entries in the service navigation; a bean of the module (usually its page controller) implements it. */
public interface NavigationContributor {

    List<NavigationItem> navigationItems();
}
