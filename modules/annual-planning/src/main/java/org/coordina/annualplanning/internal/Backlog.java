package org.coordina.annualplanning.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.StaleVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backlog of proposals per year: fills it from other modules' events and from carry-over when a
 * cycle closes, and lets a plan's owner adopt a proposal into the plan or decline it.
 */
@Service
@Transactional
public class Backlog {

    private final ProposalRepository proposals;

    private final ActivityPlanning activities;

    private final PlanningHistory history;

    private final UnfinishedActivities unfinished;

    private final Clock clock;

    Backlog(ProposalRepository proposals, ActivityPlanning activities, PlanningHistory history, UnfinishedActivities unfinished,
            Clock clock) {
        this.proposals = proposals;
        this.activities = activities;
        this.history = history;
        this.unfinished = unfinished;
        this.clock = clock;
    }

    /**
     * Proposes an activity from another module; a redelivered event (same origin and owner) proposes
     * nothing again. The year's cycle need not exist: the proposal waits for it.
     */
    Proposal propose(int targetYear, Party owner, ProposalOrigin origin, UUID originId, String sectionCode,
            String titleBg, String titleEn, String description) {
        if (proposals.existsByOriginAndOriginIdAndOwner(origin, originId, owner.value())) {
            return null;
        }
        var proposal = proposals.save(Proposal.propose(targetYear, owner, origin, originId, sectionCode, titleBg,
                titleEn, description));
        history.created("Proposal", proposal.getId(), proposal.getVersion(), proposal.snapshot());
        return proposal;
    }

    /**
     * Proposes a meeting's action item to its responsible owner for its target year; a redelivered event
     * proposes nothing again. The year's cycle need not exist: the proposal waits for it.
     */
    Proposal proposeActionItem(int targetYear, Party owner, UUID meetingId, UUID itemId, String sectionCode,
            String descriptionBg, String descriptionEn) {
        if (proposals.existsByOriginAndOriginIdAndOwner(ProposalOrigin.MEETING_ACTION_ITEM, itemId, owner.value())) {
            return null;
        }
        var proposal = proposals.save(Proposal.fromActionItem(targetYear, owner, meetingId, itemId, sectionCode,
                descriptionBg, descriptionEn));
        history.created("Proposal", proposal.getId(), proposal.getVersion(), proposal.snapshot());
        return proposal;
    }

    /** Puts every unfinished activity of the year in the next year's backlog; returns how many. */
    int carryOver(int year) {
        int carried = 0;
        for (UnfinishedActivity activity : unfinished.of(year)) {
            if (!proposals.existsByOriginAndOriginIdAndOwner(ProposalOrigin.CARRY_OVER, activity.id(),
                    activity.owner().value())) {
                var proposal = proposals.save(Proposal.carryOver(activity, clock.instant()));
                history.created("Proposal", proposal.getId(), proposal.getVersion(), proposal.snapshot());
                carried++;
            }
        }
        return carried;
    }

    @Transactional(readOnly = true)
    public Proposal find(int year, Party owner, UUID id) {
        return proposals.findByIdAndTargetYearAndOwner(id, year, owner.value())
                .orElseThrow(() -> DomainProblem.notFound("annualplanning.proposal.notFound", id, owner, year));
    }

    /** The proposal a meeting's action item became; 404 until the item's event has been handled. */
    @Transactional(readOnly = true)
    public Proposal fromActionItem(UUID itemId) {
        return proposals.findFirstByOriginAndOriginId(ProposalOrigin.MEETING_ACTION_ITEM, itemId)
                .orElseThrow(() -> DomainProblem.notFound("annualplanning.proposal.actionItemNotProposed", itemId));
    }

    /**
     * Adopts a proposal into the owner's plan as a new activity that keeps the link to it; the section may
     * be chosen anew (the new year's programme may differ), otherwise the proposal's is used.
     */
    public Activity adopt(int year, Party owner, UUID id, long expectedVersion, String sectionCode) {
        var proposal = current(year, owner, id, expectedVersion);
        var before = proposal.snapshot();
        var section = sectionCode != null ? sectionCode : proposal.getSectionCode();
        if (section == null) {
            throw DomainProblem.ruleViolated("annualplanning.proposal.sectionRequired");
        }
        var details = new ActivityDetails(proposal.getTitleBg(), proposal.getTitleEn(), proposal.getDescription(),
                section, null, null, List.of(), List.of(), null, null, null, List.of(), null, List.of());
        var origin = proposal.getOrigin() == ProposalOrigin.CARRY_OVER ? ActivityOrigin.CARRIED_OVER
                : ActivityOrigin.PROPOSAL;
        var activity = activities.add(year, owner, details, origin, proposal.getId());
        proposal.adoptedAs(activity.getId());
        proposal = proposals.save(proposal);
        history.changed("Proposal", proposal.getId(), proposal.getVersion(), "adopted", before, proposal.snapshot(), null);
        return activity;
    }

    /** Declines a proposal with a reason. */
    public Proposal decline(int year, Party owner, UUID id, long expectedVersion, String reason) {
        var proposal = current(year, owner, id, expectedVersion);
        var before = proposal.snapshot();
        proposal.decline(reason);
        proposal = proposals.save(proposal);
        history.changed("Proposal", proposal.getId(), proposal.getVersion(), "declined", before, proposal.snapshot(),
                proposal.getDeclineReason());
        return proposal;
    }

    private Proposal current(int year, Party owner, UUID id, long expectedVersion) {
        var proposal = find(year, owner, id);
        StaleVersions.require("Proposal " + id, proposal.getVersion(), expectedVersion);
        return proposal;
    }
}
