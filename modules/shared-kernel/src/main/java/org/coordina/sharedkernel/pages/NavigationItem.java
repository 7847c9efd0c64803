package org.coordina.sharedkernel.pages;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.util.AntPathMatcher;

/**
 * One page of the navigation: the message code of its label, the path it opens (a local user's {@code {commission}}
 * is filled in), where it sits (lower first), the roles that see it, the message code of the section it belongs to
 * (the service navigation shows one entry per section; a section's pages are its sub-navigation) and the path
 * patterns of the pages it is also the current entry for.
 */
public record NavigationItem(String labelCode, String path, int order, Set<Role> roles, String sectionCode,
        List<String> alsoCurrentOn) {

    /** The placeholder a path may carry for the signed-in local user's own commission. */
    public static final String OWN_COMMISSION = "{commission}";

    private static final AntPathMatcher PATTERNS = new AntPathMatcher();

    public NavigationItem {
        Objects.requireNonNull(labelCode, "labelCode");
        Objects.requireNonNull(path, "path");
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        sectionCode = sectionCode == null ? labelCode : sectionCode;
        alsoCurrentOn = List.copyOf(alsoCurrentOn);
    }

    /** An entry that is a section of its own, shown in the service navigation under its own label. */
    public NavigationItem(String labelCode, String path, int order, Set<Role> roles) {
        this(labelCode, path, order, roles, null, List.of());
    }

    /** This entry as a page of the section with this label, the section showing it in its sub-navigation. */
    public NavigationItem inSection(String code) {
        return new NavigationItem(labelCode, path, order, roles, code, alsoCurrentOn);
    }

    /** This entry, also current on the pages whose paths match these patterns ({@code *} a segment, {@code **} any). */
    public NavigationItem alsoCurrentOn(String... patterns) {
        return new NavigationItem(labelCode, path, order, roles, sectionCode, List.of(patterns));
    }

    /** Whether this user sees the entry: one of its roles, and a commission when the path needs one. */
    public boolean isVisibleTo(SignedInUser user) {
        return user.roles().stream().anyMatch(roles::contains)
                && (!path.contains(OWN_COMMISSION) || user.commission().isPresent());
    }

    /** The path for this user, with their own commission filled in. */
    public String pathFor(SignedInUser user) {
        return path.contains(OWN_COMMISSION) ? path.replace(OWN_COMMISSION, user.commission().orElseThrow()) : path;
    }

    /** Whether the page at this path is one of the pages this entry is also current for. */
    public boolean isAlsoCurrentOn(String here) {
        return alsoCurrentOn.stream().anyMatch(pattern -> PATTERNS.match(pattern, here));
    }
}
