package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.domain.DomainProblem;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a commission records about one of its members: who, from which institution, in which
 * position, how to reach them at work, and since (and until) when.
 */
public record MemberDetails(String name, String institution, String position, String email, String phone,
        LocalDate joinedOn, LocalDate leftOn) {

    public MemberDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(joinedOn, "joinedOn");
        if (leftOn != null && leftOn.isBefore(joinedOn)) {
            throw DomainProblem.ruleViolated("regionalcommissions.member.leftBeforeJoined", leftOn, joinedOn);
        }
    }
}
