package org.coordina.regionalcommissions.internal;

import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records who sits on a commission: the only way members are added, changed or removed. */
@Service
@Transactional
public class CommissionMembers {

    private final CommissionManagement commissions;

    private final MemberRepository members;

    CommissionMembers(CommissionManagement commissions, MemberRepository members) {
        this.commissions = commissions;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Member find(CommissionCode code, UUID id) {
        return find(commissions.find(code), id);
    }

    public Member add(CommissionCode code, MemberDetails details) {
        var commission = commissions.find(code);
        commission.requireNotDissolved();
        return members.save(Member.join(commission.getId(), details));
    }

    public Member update(CommissionCode code, UUID id, long expectedVersion, MemberDetails details) {
        var member = current(code, id, expectedVersion);
        member.update(details);
        return members.save(member);
    }

    /** Removes a member recorded by mistake; a member who left keeps a record with the day they left. */
    public void remove(CommissionCode code, UUID id, long expectedVersion) {
        members.delete(current(code, id, expectedVersion));
    }

    private Member current(CommissionCode code, UUID id, long expectedVersion) {
        var commission = commissions.find(code);
        commission.requireNotDissolved();
        var member = find(commission, id);
        StaleVersions.require("Member " + id, member.getVersion(), expectedVersion);
        return member;
    }

    private Member find(Commission commission, UUID id) {
        return members.findByIdAndCommissionId(id, commission.getId())
                .orElseThrow(() -> DomainProblem.notFound("regionalcommissions.member.notFound", id, commission.getCode()));
    }
}
