package org.coordina.sharedkernel.pages;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;

/**
 * One entry of the service navigation: the message code of its label, the path it opens (a local user's
 * {@code {commission}} is filled in), where it sits (lower first) and the roles that see it.
 */
public record NavigationItem(String labelCode, String path, int order, Set<Role> roles) {

    /** The placeholder a path may carry for the signed-in local user's own commission. */
    public static final String OWN_COMMISSION = "{commission}";

    public NavigationItem {
        Objects.requireNonNull(labelCode, "labelCode");
        Objects.requireNonNull(path, "path");
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
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
}
