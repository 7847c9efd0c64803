package org.coordina.notifications.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.coordina.accounts.events.AccountRole;
import org.coordina.sharedkernel.domain.Party;

/**
 * Who is to be told, by role: national roles as such, local roles of some commissions. Resolved to accounts by
 * the projection of the accounts.
 *
 * @param nationalRoles the national roles whose every account is told
 * @param localRoles the local roles told in each of {@code commissions}
 * @param commissions the commission codes whose local users with {@code localRoles} are told
 */
record Audience(Set<AccountRole> nationalRoles, Set<AccountRole> localRoles, Set<String> commissions) {

    static final Set<AccountRole> NATIONAL_STAFF = EnumSet.of(AccountRole.NATIONAL_ADMIN, AccountRole.NATIONAL_EXPERT);

    static final Set<AccountRole> LOCAL_USERS = EnumSet.of(AccountRole.LOCAL_SECRETARY, AccountRole.LOCAL_MEMBER);

    Audience {
        nationalRoles = nationalRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(nationalRoles));
        localRoles = localRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(localRoles));
        commissions = Set.copyOf(commissions);
    }

    /** The national accounts of these roles. */
    static Audience national(Set<AccountRole> roles) {
        return new Audience(roles, Set.of(), Set.of());
    }

    /** The secretary of a commission, or the national administrators when the party is the national administration. */
    static Audience secretaryOf(Party party) {
        return party.isNational() ? national(EnumSet.of(AccountRole.NATIONAL_ADMIN))
                : new Audience(Set.of(), EnumSet.of(AccountRole.LOCAL_SECRETARY), Set.of(party.value()));
    }

    /** The party responsible for something: a commission's secretary, or the national staff. */
    static Audience responsible(Party party) {
        return party.isNational() ? national(NATIONAL_STAFF)
                : new Audience(Set.of(), EnumSet.of(AccountRole.LOCAL_SECRETARY), Set.of(party.value()));
    }

    /**
     * Everyone a meeting concerns: the invited commissions' secretaries and members, the organising commission's
     * too, and the national staff when the national administration organises it.
     */
    static Audience meeting(Party organiser, List<String> invited) {
        var codes = new LinkedHashSet<>(invited);
        organiser.commission().ifPresent(code -> codes.add(code.value()));
        return new Audience(organiser.isNational() ? NATIONAL_STAFF : Set.of(), codes.isEmpty() ? Set.of() : LOCAL_USERS,
                codes);
    }
}
