package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.regionalcommissions.internal.ServiceFixture.code;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** {@link CommissionMembers} on in-memory repositories. */
class CommissionMembersTests {

    final ServiceFixture fixture = new ServiceFixture();

    final CommissionMembers members = fixture.members;

    final Commission varna = fixture.established("VAR");

    @Test
    void aMemberJoinsTheirCommission() {
        var anna = members.add(code("VAR"), TestData.member("Anna"));

        assertThat(anna.getCommissionId()).isEqualTo(varna.getId());
        assertThat(anna.getVersion()).isEqualTo(1);
        assertThat(members.find(code("VAR"), anna.getId())).isSameAs(anna);
    }

    @Test
    void aMemberOfAnotherCommissionIsNotFoundHere() {
        fixture.established("BGS");
        var boris = members.add(code("BGS"), TestData.member("Boris"));

        assertThatThrownBy(() -> members.find(code("VAR"), boris.getId())).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND);
                    assertThat(problem.messageCode()).isEqualTo("regionalcommissions.member.notFound");
                    assertThat(problem.arguments()).containsExactly(boris.getId(), code("VAR"));
                });
        assertThatThrownBy(() -> members.update(code("VAR"), boris.getId(), 1, TestData.member("Boris B")))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> members.remove(code("VAR"), boris.getId(), 1)).isInstanceOf(DomainProblem.class);
        assertThat(fixture.memberRepository.findById(boris.getId())).isPresent();
    }

    @Test
    void updatingSavesTheNewDetails() {
        var anna = members.add(code("VAR"), TestData.member("Anna"));
        var left = new MemberDetails("Anna", "Police", "Member", null, null, LocalDate.of(2015, 1, 1),
                LocalDate.of(2020, 6, 30));

        var updated = members.update(code("VAR"), anna.getId(), 1, left);

        assertThat(updated.getLeftOn()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(updated.getVersion()).isEqualTo(2);
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        var anna = members.add(code("VAR"), TestData.member("Anna"));
        members.update(code("VAR"), anna.getId(), 1, TestData.member("Anna P"));

        assertThatThrownBy(() -> members.update(code("VAR"), anna.getId(), 1, TestData.member("Anna Q")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> members.remove(code("VAR"), anna.getId(), 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(members.find(code("VAR"), anna.getId()).getName()).isEqualTo("Anna P");
    }

    @Test
    void removingDeletesTheRecord() {
        var anna = members.add(code("VAR"), TestData.member("Anna"));

        members.remove(code("VAR"), anna.getId(), 1);

        assertThat(fixture.memberRepository.findById(anna.getId())).isEmpty();
    }

    @Test
    void theMembersOfADissolvedCommissionAreFinal() {
        var anna = members.add(code("VAR"), TestData.member("Anna"));
        fixture.commissions.changeStatus(code("VAR"), 1, CommissionStatus.DISSOLVED);

        assertThatThrownBy(() -> members.add(code("VAR"), TestData.member("Boris"))).isInstanceOfSatisfying(
                DomainProblem.class, problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        assertThatThrownBy(() -> members.update(code("VAR"), anna.getId(), 1, TestData.member("Anna P")))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> members.remove(code("VAR"), anna.getId(), 1)).isInstanceOf(DomainProblem.class);
        assertThat(fixture.memberRepository.count()).isEqualTo(1);
        assertThat(members.find(code("VAR"), anna.getId()).getName()).isEqualTo("Anna");
    }

    @Test
    void anUnknownMemberIsNotFound() {
        assertThatThrownBy(() -> members.find(code("VAR"), UUID.randomUUID())).isInstanceOf(DomainProblem.class);
    }
}
