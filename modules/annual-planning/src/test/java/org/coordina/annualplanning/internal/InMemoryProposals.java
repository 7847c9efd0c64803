package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coordina.testsupport.InMemoryRepository;

/** The backlog's proposals in a map. */
class InMemoryProposals extends InMemoryRepository<Proposal> implements ProposalRepository {

    InMemoryProposals(List<Object> published) {
        super(Proposal.class, published);
    }

    @Override
    public boolean existsByOriginAndOriginIdAndOwner(ProposalOrigin origin, UUID originId, String owner) {
        return !where(proposal -> proposal.getOrigin() == origin && proposal.getOriginId().equals(originId)
                && proposal.getOwner().value().equals(owner)).isEmpty();
    }

    @Override
    public Optional<Proposal> findByIdAndTargetYearAndOwner(UUID id, int targetYear, String owner) {
        return findById(id).filter(proposal -> proposal.getTargetYear() == targetYear
                && proposal.getOwner().value().equals(owner));
    }

    @Override
    public Optional<Proposal> findFirstByOriginAndOriginId(ProposalOrigin origin, UUID originId) {
        return where(proposal -> proposal.getOrigin() == origin && proposal.getOriginId().equals(originId)).stream()
                .findFirst();
    }
}
