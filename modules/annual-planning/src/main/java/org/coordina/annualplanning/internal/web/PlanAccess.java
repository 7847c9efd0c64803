package org.coordina.annualplanning.internal.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a plan and what hangs from it (activities, quarterly reports), by its owner;
 * used in {@code @PreAuthorize("@planAccess.canRead(#owner)")}. The national plan is read by every
 * user of the planning work (local ones link their activities to it) and changed by national staff; a
 * local plan follows the commission's own rules ({@link CommissionAccess}): its secretary changes it,
 * its members, national staff and the auditor read it.
 */
@Component("planAccess")
class PlanAccess {

    private static final Set<Role> PLANNING_ROLES = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR,
            Role.LOCAL_SECRETARY, Role.LOCAL_MEMBER);

    private static final Set<Role> NATIONAL_STAFF = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT);

    private final CommissionAccess commissions;

    PlanAccess(CommissionAccess commissions) {
        this.commissions = commissions;
    }

    /** Whether the current user may read this owner's plan, its activities and reports. */
    public boolean canRead(Party owner) {
        if (owner.isNational()) {
            return hasAny(PLANNING_ROLES);
        }
        return commissions.canRead(owner.value());
    }

    /** Whether the current user may change this owner's plan and reports (in the states that allow it). */
    public boolean canWrite(Party owner) {
        if (owner.isNational()) {
            return hasAny(NATIONAL_STAFF);
        }
        return commissions.canWrite(owner.value());
    }

    /** Whether the current user is a national administrator, who reviews every plan and report. */
    public boolean isNationalAdmin() {
        return hasAny(EnumSet.of(Role.NATIONAL_ADMIN));
    }

    /** Whether the current user reads every plan: national staff and the auditor. */
    public boolean canReadAll() {
        return hasAny(EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR));
    }

    /** The commission of a local user; empty for everyone else. */
    public Optional<String> ownCommission() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .flatMap(SignedInUser::commission);
    }

    private static boolean hasAny(Set<Role> roles) {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .map(user -> user.roles().stream().anyMatch(roles::contains))
                .orElse(false);
    }
}
