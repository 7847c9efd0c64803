package org.coordina.annualplanning.internal.web;

import org.coordina.annualplanning.internal.Proposal;
import org.coordina.annualplanning.internal.ProposalEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps proposals, as stored or as listed, to their API view. */
@Mapper
interface ProposalMapper {

    ProposalView toView(ProposalEntry entry);

    @Mapping(target = "owner", expression = "java(proposal.getOwner().value())")
    ProposalView toView(Proposal proposal);
}
