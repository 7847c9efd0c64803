package org.coordina.app.web;

import java.util.Comparator;
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

    /** The entries the current user may see, in order; none when nobody is signed in. */
    public List<Link> current() {
        var user = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .filter(signedIn -> !signedIn.roles().isEmpty());
        if (user.isEmpty()) {
            return List.of();
        }
        var here = currentPath();
        return contributors.orderedStream()
                .flatMap(contributor -> contributor.navigationItems().stream())
                .filter(item -> item.isVisibleTo(user.get()))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .map(item -> {
                    var path = item.pathFor(user.get());
                    return new Link(item.labelCode(), path,
                            path.equals(here) || (!path.equals("/") && here.startsWith(path + "/")));
                })
                .toList();
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

    /** A navigation entry as the layout renders it; {@code active} when the page shown is (under) its path. */
    record Link(String labelCode, String path, boolean active) {
    }
}
