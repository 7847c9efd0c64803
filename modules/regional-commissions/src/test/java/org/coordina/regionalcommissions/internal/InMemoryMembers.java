package org.coordina.regionalcommissions.internal;

import org.coordina.testsupport.InMemoryRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The members in a map. */
class InMemoryMembers extends InMemoryRepository<Member> implements MemberRepository {

    InMemoryMembers(List<Object> published) {
        super(Member.class, published);
    }

    @Override
    public Optional<Member> findByIdAndCommissionId(UUID id, UUID commissionId) {
        return findById(id).filter(member -> member.getCommissionId().equals(commissionId));
    }
}
