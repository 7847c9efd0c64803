package org.coordina.regionalcommissions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The members in a map. */
class InMemoryMembers extends InMemoryRepository<Member> implements MemberRepository {

    InMemoryMembers(List<Object> published) {
        super(Member.class, published);
    }

    @Override
    public Page<Member> findByCommissionId(UUID commissionId, Pageable pageable) {
        return page(member -> member.getCommissionId().equals(commissionId), pageable);
    }

    @Override
    public Optional<Member> findByIdAndCommissionId(UUID id, UUID commissionId) {
        return findById(id).filter(member -> member.getCommissionId().equals(commissionId));
    }
}
