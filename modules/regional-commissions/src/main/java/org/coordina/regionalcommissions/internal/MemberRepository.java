package org.coordina.regionalcommissions.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The members of the commissions, one at a time (lists are read by {@link MemberRoster}). */
interface MemberRepository extends ListCrudRepository<Member, UUID> {

    Optional<Member> findByIdAndCommissionId(UUID id, UUID commissionId);
}
