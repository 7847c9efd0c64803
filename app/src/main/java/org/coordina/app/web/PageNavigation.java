package org.coordina.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.coordina.sharedkernel.pages.HeaderIndicator;
import org.coordina.sharedkernel.pages.NavigationContributor;
import org.coordina.sharedkernel.pages.NavigationItem;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The service navigation of the signed-in user, collected from the modules' {@link NavigationContributor}s; the
 * layout asks it ({@code @pageNavigation}) so that every page, error pages included, shows the same entries.
 */
@Component("pageNavigation")
class PageNavigation {

    private final ObjectProvider<NavigationContributor> contributors;

    private final ObjectProvider<HeaderIndicator> indicators;

    PageNavigation(ObjectProvider<NavigationContributor> contributors, ObjectProvider<HeaderIndicator> indicators) {
        this.contributors = contributors;
        this.indicators = indicators;
    }

    /** The modules' header indicators with a count for the signed-in user; none when nobody is signed in. */
    public List<Indicator> indicators() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!signedIn()) {
            return List.of();
        }
        return indicators.orderedStream()
                .map(indicator -> new Indicator(indicator.labelCode(), indicator.path(),
                        indicator.countFor(authentication.getName())))
                .filter(indicator -> indicator.count() > 0)
                .toList();
    }

    /**
     * The navigation of the current user: one entry per section in the service navigation, in order, and the pages
     * of the section shown (when it has more than one) as its sub-navigation; nothing when nobody is signed in.
     */
    public Menu current() {
        var user = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .filter(signedIn -> !signedIn.roles().isEmpty());
        if (user.isEmpty()) {
            return Menu.NONE;
        }
        return menu(contributors.orderedStream().flatMap(contributor -> contributor.navigationItems().stream())
                .toList(), user.get(), currentPath());
    }

    /** The menu these items make for this user on the page at this path. */
    static Menu menu(List<NavigationItem> items, SignedInUser user, String here) {
        var sections = new LinkedHashMap<String, List<Page>>();
        items.stream()
                .filter(item -> item.isVisibleTo(user))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .forEach(item -> sections.computeIfAbsent(item.sectionCode(), code -> new ArrayList<>())
                        .add(Page.of(item, item.pathFor(user), here)));
        var entries = new ArrayList<Link>();
        String currentSection = null;
        List<Link> pages = List.of();
        for (var section : sections.entrySet()) {
            var best = section.getValue().stream().filter(page -> page.fit() > 0)
                    .max(Comparator.comparingInt(Page::fit).thenComparingInt(page -> page.path().length()));
            var path = section.getValue().get(0).path();
            entries.add(new Link(section.getKey(), path, best.isPresent(), path.equals(here)));
            if (best.isPresent() && currentSection == null) {
                currentSection = section.getKey();
                pages = section.getValue().size() < 2 ? List.of() : section.getValue().stream()
                        .map(page -> new Link(page.labelCode(), page.path(), page == best.get(),
                                page == best.get() && page.fit() == Page.OWN))
                        .toList();
            }
        }
        return new Menu(List.copyOf(entries), currentSection, pages);
    }

    /** Whether a signed-in user is looking at the page (the header then offers signing out). */
    public boolean signedIn() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .filter(user -> !user.roles().isEmpty()).isPresent();
    }

    private static String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        return "";
    }

    /** A header indicator as the layout renders it. */
    record Indicator(String labelCode, String path, long count) {
    }

    /** The service navigation's entries and, when the page shown is in a section of several pages, its pages. */
    record Menu(List<Link> entries, String section, List<Link> pages) {

        static final Menu NONE = new Menu(List.of(), null, List.of());
    }

    /**
     * A navigation entry as the layout renders it: {@code active} when the page shown is in it, {@code page} when it
     * is the page shown itself (the first is {@code aria-current="true"}, the second {@code aria-current="page"}).
     */
    record Link(String labelCode, String path, boolean active, boolean page) {

        /** The value of the link's {@code aria-current}, or null when the page shown is elsewhere. */
        public String ariaCurrent() {
            return page ? "page" : active ? "true" : null;
        }
    }

    /** A visible item with its path for the user and how well it fits the page shown (0 not at all). */
    private record Page(String labelCode, String path, int fit) {

        static final int OWN = 2;

        static final int UNDER = 1;

        static Page of(NavigationItem item, String path, String here) {
            var fit = path.equals(here) || item.isAlsoCurrentOn(here) ? OWN
                    : !path.equals("/") && here.startsWith(path + "/") ? UNDER : 0;
            return new Page(item.labelCode(), path, fit);
        }
    }
}
