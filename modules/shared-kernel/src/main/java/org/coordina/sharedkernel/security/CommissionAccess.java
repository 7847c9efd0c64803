package org.coordina.sharedkernel.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Decides whether the current user may read or write data owned by a commission. Every module's
 * web layer asks this one bean, through the handler annotations {@link ReadsCommissionData} and
 * {@link WritesCommissionData} (checked before the request body is read), so that commission scoping
 * is one mechanism rather than one per module.
 *
 * <ul>
 * <li>read: national roles and the auditor read every commission; local users read their own.</li>
 * <li>write: a commission's secretary writes its own commission's data; nobody else does unless the
 * caller also allows national roles (see {@link #canWrite(String, Role...)}).</li>
 * </ul>
 */
@Component("commissionAccess")
public class CommissionAccess {

    private static final Set<Role> READ_ALL = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR);

    /** Whether the current user may read the data of the commission with this code. */
    public boolean canRead(String commissionCode) {
        var user = current();
        if (user.isEmpty()) {
            return false;
        }
        var roles = user.get().roles();
        if (roles.stream().anyMatch(READ_ALL::contains)) {
            return true;
        }
        return (roles.contains(Role.LOCAL_SECRETARY) || roles.contains(Role.LOCAL_MEMBER))
                && user.get().isBoundTo(commissionCode);
    }

    /** Whether the current user may read the data of the commission with this code. */
    public boolean canRead(CommissionCode commissionCode) {
        return canRead(commissionCode.value());
    }

    /** Whether the current user may change the data of this commission (see {@link #canWrite(String, Role...)}). */
    public boolean canWrite(CommissionCode commissionCode, Role... nationalRolesAllowed) {
        return canWrite(commissionCode.value(), nationalRolesAllowed);
    }

    /**
     * Whether the current user may change the data of the commission with this code: its own
     * secretary may, and so may the national roles listed by the caller.
     */
    public boolean canWrite(String commissionCode, Role... nationalRolesAllowed) {
        var user = current();
        if (user.isEmpty()) {
            return false;
        }
        var roles = user.get().roles();
        for (Role allowed : nationalRolesAllowed) {
            if (!allowed.isLocal() && roles.contains(allowed)) {
                return true;
            }
        }
        return roles.contains(Role.LOCAL_SECRETARY) && user.get().isBoundTo(commissionCode);
    }

    /** Throws {@link AccessDeniedException} unless {@link #canRead(String)}. */
    public void checkRead(String commissionCode) {
        if (!canRead(commissionCode)) {
            throw new AccessDeniedException("No read access to commission " + commissionCode);
        }
    }

    /** Throws {@link AccessDeniedException} unless {@link #canWrite(String, Role...)}. */
    public void checkWrite(String commissionCode, Role... nationalRolesAllowed) {
        if (!canWrite(commissionCode, nationalRolesAllowed)) {
            throw new AccessDeniedException("No write access to commission " + commissionCode);
        }
    }

    private static Optional<SignedInUser> current() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
