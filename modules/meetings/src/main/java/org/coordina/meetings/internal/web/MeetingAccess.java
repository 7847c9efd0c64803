package org.coordina.meetings.internal.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coordina.meetings.internal.AudienceEntry;
import org.coordina.meetings.internal.MeetingDirectory;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.security.CommissionAccess;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see and organise meetings, for {@code @PreAuthorize}: national roles and the auditor read every
 * meeting; a commission's secretary and members read the meetings it organises or is invited to; the
 * national admin and experts organise national meetings, a secretary its own commission's; the
 * integrator sees none. For a meeting that does not exist the answer lets a possible reader through, so
 * that it hears 404.
 */
@Component("meetingAccess")
class MeetingAccess {

    private static final Set<Role> READ_ALL = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT, Role.AUDITOR);

    private static final Set<Role> NATIONAL_ORGANISERS = EnumSet.of(Role.NATIONAL_ADMIN, Role.NATIONAL_EXPERT);

    private final MeetingDirectory directory;

    private final CommissionAccess commissions;

    MeetingAccess(MeetingDirectory directory, CommissionAccess commissions) {
        this.directory = directory;
        this.commissions = commissions;
    }

    /** Whether the user reads every meeting. */
    public boolean canReadAll() {
        return user().map(user -> user.roles().stream().anyMatch(READ_ALL::contains)).orElse(false);
    }

    /** Whether the user may list meetings at all (all of them, or those of its commission). */
    public boolean canList() {
        return canReadAll() || localCommission().isPresent();
    }

    /** The commission whose meetings a local user sees. */
    Optional<CommissionCode> localCommission() {
        return user().filter(user -> user.roles().contains(Role.LOCAL_SECRETARY)
                || user.roles().contains(Role.LOCAL_MEMBER))
                .flatMap(SignedInUser::commission).filter(CommissionCode::isValid).map(CommissionCode::parse);
    }

    /** Whether the user may organise meetings of this party. */
    public boolean canOrganise(Party organiser) {
        if (organiser == null) {
            return false;
        }
        if (organiser.isNational()) {
            return user().map(user -> user.roles().stream().anyMatch(NATIONAL_ORGANISERS::contains)).orElse(false);
        }
        return commissions.canWrite(organiser.value());
    }

    /** Whether the user may read this meeting. */
    public boolean canRead(UUID id) {
        var audience = directory.audience(id);
        if (audience.isEmpty()) {
            return canList();
        }
        return canReadAll() || localCommission().map(code -> concerns(audience.get(), code)).orElse(false);
    }

    /** Whether the user may change this meeting: its organiser may. */
    public boolean canChange(UUID id) {
        var audience = directory.audience(id);
        if (audience.isEmpty()) {
            return canOrganise(Party.NATIONAL) || user().map(user -> user.roles().contains(Role.LOCAL_SECRETARY))
                    .orElse(false);
        }
        return canOrganise(audience.get().organiser());
    }

    private static boolean concerns(AudienceEntry audience, CommissionCode code) {
        return audience.organiser().value().equals(code.value()) || audience.invited().contains(code.value());
    }

    private static Optional<SignedInUser> user() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
