package org.coordina.regionalcommissions.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** The members of the commissions, read per commission (index on commission and name). */
interface MemberRepository extends ListCrudRepository<Member, UUID> {

    Page<Member> findByCommissionId(UUID commissionId, Pageable pageable);

    Optional<Member> findByIdAndCommissionId(UUID id, UUID commissionId);
}
