package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** Members through {@link CommissionMembers}: per commission, paged, versioned. */
// The same context as the other module tests, so that they share one database.
@ApplicationModuleTest
@Import(EventRecorder.class)
class CommissionMembersIntegrationTests {

    @Autowired
    CommissionMembers members;

    @Autowired
    CommissionManagement commissions;

    @Test
    void listsOnlyTheCommissionsOwnMembersPageByPageInNameOrder() {
        var code = establish();
        var other = establish();
        members.add(code, TestData.member("Cecilia"));
        members.add(code, TestData.member("Anna"));
        members.add(code, TestData.member("Boris"));
        members.add(other, TestData.member("Aaron"));

        var first = members.list(code, PageRequest.of(0, 2, Sort.by("name", "id")));
        var second = members.list(code, PageRequest.of(1, 2, Sort.by("name", "id")));

        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent()).extracting(Member::getName).containsExactly("Anna", "Boris");
        assertThat(second.getContent()).extracting(Member::getName).containsExactly("Cecilia");
    }

    @Test
    void aMemberWhoLeftKeepsTheirRecordWithTheDayTheyLeft() {
        var code = establish();
        var member = members.add(code, TestData.member("Anna"));
        var left = new MemberDetails("Anna", "Regional Police Directorate", "Member", "member@lccthb.example.org",
                null, LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31));

        var updated = members.update(code, member.getId(), member.getVersion(), left);

        assertThat(updated.getVersion()).isEqualTo(2);
        assertThat(members.find(code, member.getId()).getLeftOn()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void updatesAndRemovalsNeedTheCurrentVersion() {
        var code = establish();
        var member = members.add(code, TestData.member("Anna"));
        members.update(code, member.getId(), member.getVersion(), TestData.member("Anna Maria"));

        assertThatThrownBy(() -> members.update(code, member.getId(), member.getVersion(), TestData.member("Stale")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> members.remove(code, member.getId(), member.getVersion()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(members.find(code, member.getId()).getName()).isEqualTo("Anna Maria");
    }

    @Test
    void removingAMemberRecordedByMistakeDeletesIt() {
        var code = establish();
        var member = members.add(code, TestData.member("Anna"));

        members.remove(code, member.getId(), member.getVersion());

        assertThatThrownBy(() -> members.find(code, member.getId())).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
    }

    @Test
    void aMemberOfAnotherCommissionIsNotFoundThroughThisOne() {
        var code = establish();
        var other = establish();
        var member = members.add(other, TestData.member("Anna"));

        assertThatThrownBy(() -> members.update(code, member.getId(), member.getVersion(), TestData.member("Hijack")))
                .isInstanceOf(DomainProblem.class);
        assertThat(members.find(other, member.getId()).getName()).isEqualTo("Anna");
    }

    @Test
    void aDissolvedCommissionTakesNoNewMembers() {
        var code = establish();
        commissions.changeStatus(code, 1, CommissionStatus.DISSOLVED);

        assertThatThrownBy(() -> members.add(code, TestData.member("Anna"))).isInstanceOf(DomainProblem.class);
        assertThat(members.list(code, PageRequest.of(0, 1)).getTotalElements()).isZero();
    }

    private CommissionCode establish() {
        var code = TestData.freshCode();
        commissions.establish(code, TestData.details("Testgrad"), null);
        return code;
    }
}
