package org.coordina.victimsupport.internal.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what in victim support, for {@code @PreAuthorize}: the national admin and experts see raw
 * figures, manage the register and accept statistics; the auditor reads protected figures and the history;
 * a commission's users read its protected figures; every signed-in role but the integrator (who reads the
 * event feed only) reads the register and the national protected tables.
 */
@Component("victimSupportAccess")
class VictimSupportAccess {

    private static final Set<Role> NATIONAL = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT);

    private static final Set<Role> HISTORY_READERS = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR);

    private static final Set<Role> READERS = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR,
            Role.LOCAL_SECRETARY, Role.LOCAL_MEMBER);

    private final CommissionAccess commissions;

    VictimSupportAccess(CommissionAccess commissions) {
        this.commissions = commissions;
    }

    /** Whether the user sees raw figures: the national admin and experts only. */
    public boolean seesRaw() {
        return has(NATIONAL);
    }

    /** Whether the user manages the register of services and accepts statistics. */
    public boolean isNational() {
        return has(NATIONAL);
    }

    /** Whether the user reads the register and the national protected tables. */
    public boolean canRead() {
        return has(READERS);
    }

    /** Whether the user reads the tables of this commission (none: the national tables). */
    public boolean canReadTables(CommissionCode commission) {
        return commission == null ? canRead() : commissions.canRead(commission);
    }

    /** Whether the user reads every commission's quarterly statistics (protected, unless {@link #seesRaw()}). */
    public boolean canReadAll() {
        return has(HISTORY_READERS);
    }

    /** Whether the user reads the history of changes. */
    public boolean canReadHistory() {
        return has(HISTORY_READERS);
    }

    private static boolean has(Set<Role> roles) {
        return user().map(user -> user.roles().stream().anyMatch(roles::contains)).orElse(false);
    }

    private static Optional<SignedInUser> user() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
