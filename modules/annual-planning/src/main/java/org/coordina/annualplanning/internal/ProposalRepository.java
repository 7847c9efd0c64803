package org.coordina.annualplanning.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The backlog's proposals (unique per origin and owner). */
interface ProposalRepository extends ListCrudRepository<Proposal, UUID> {

    boolean existsByOriginAndOriginIdAndOwner(ProposalOrigin origin, UUID originId, String owner);

    Optional<Proposal> findByIdAndTargetYearAndOwner(UUID id, int targetYear, String owner);

    /** The proposal an origin became (an action item has one responsible owner, so one proposal). */
    Optional<Proposal> findFirstByOriginAndOriginId(ProposalOrigin origin, UUID originId);
}
