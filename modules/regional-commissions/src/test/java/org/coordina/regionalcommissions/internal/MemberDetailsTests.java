package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;

class MemberDetailsTests {

    static final LocalDate JOINED = LocalDate.of(2015, 1, 1);

    @Test
    void aMemberCannotLeaveBeforeJoining() {
        assertThatThrownBy(() -> new MemberDetails("Anna", "Police", "Member", null, null, JOINED, JOINED.minusDays(1)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("regionalcommissions.member.leftBeforeJoined"));
    }

    @Test
    void aCurrentMemberHasNotLeft() {
        assertThat(new MemberDetails("Anna", "Police", "Member", null, null, JOINED, null).leftOn()).isNull();
    }

    @Test
    void aMemberHasANameInstitutionPositionAndJoiningDay() {
        assertThatThrownBy(() -> new MemberDetails(null, "Police", "Member", null, null, JOINED, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MemberDetails("Anna", null, "Member", null, null, JOINED, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MemberDetails("Anna", "Police", null, null, null, JOINED, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MemberDetails("Anna", "Police", "Member", null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMemberMayLeaveOnTheDayTheyJoined() {
        assertThat(new MemberDetails("Anna", "Police", "Member", null, null, JOINED, JOINED).leftOn()).isEqualTo(JOINED);
    }
}
