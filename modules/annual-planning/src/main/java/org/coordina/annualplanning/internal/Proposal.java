package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityCarriedOver;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A proposal in the backlog of a year, for one owner: an activity suggested by another module's event
 * (a meeting's action item) or carried over from the previous year. It waits until the owner's plan
 * exists; the owner adopts it into the plan (the activity keeps the link) or declines it with a reason.
 */
@Table(schema = "annualplanning", name = "proposal")
public class Proposal extends AbstractAggregateRoot<Proposal> {

    @Id
    private UUID id;

    private int targetYear;

    private String owner;

    private ProposalOrigin origin;

    private UUID originId;

    private UUID originMeetingId;

    private String sectionCode;

    private String titleBg;

    private String titleEn;

    private String description;

    private ProposalStatus status;

    private String declineReason;

    private UUID adoptedActivityId;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private Proposal() {
    }

    /** An unfinished activity of one year, proposed to its owner for the next year. */
    static Proposal carryOver(UnfinishedActivity activity, Instant now) {
        var proposal = propose(activity.year() + 1, activity.owner(), ProposalOrigin.CARRY_OVER, activity.id(),
                activity.sectionCode(), activity.titleBg(), activity.titleEn(), activity.description());
        proposal.registerEvent(new ActivityCarriedOver(UUID.randomUUID(), now, activity.id(), 1, activity.year(),
                proposal.targetYear, activity.owner(), proposal.id, activity.status()));
        return proposal;
    }

    /** A proposal from another module (e.g. a meeting's action item, {@code originId} its id). */
    static Proposal propose(int targetYear, Party owner, ProposalOrigin origin, UUID originId, String sectionCode,
            String titleBg, String titleEn, String description) {
        if (titleBg == null || titleBg.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw DomainProblem.ruleViolated("annualplanning.proposal.titleRequired");
        }
        var proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.targetYear = targetYear;
        proposal.owner = owner.value();
        proposal.origin = origin;
        proposal.originId = originId;
        proposal.sectionCode = sectionCode;
        proposal.titleBg = titleBg;
        proposal.titleEn = titleEn;
        proposal.description = description;
        proposal.status = ProposalStatus.PENDING;
        return proposal;
    }

    /** An action item agreed at a meeting, proposed to its responsible owner for its target year. */
    static Proposal fromActionItem(int targetYear, Party owner, UUID meetingId, UUID itemId, String sectionCode,
            String descriptionBg, String descriptionEn) {
        var proposal = propose(targetYear, owner, ProposalOrigin.MEETING_ACTION_ITEM, itemId, sectionCode,
                shortTitle(descriptionBg), shortTitle(descriptionEn), descriptionEn);
        proposal.originMeetingId = meetingId;
        return proposal;
    }

    /** An action item's description as an activity title: its first 300 characters. */
    private static String shortTitle(String description) {
        return description == null || description.length() <= 300 ? description : description.substring(0, 297) + "...";
    }

    /** The owner took the proposal into its plan as this activity. */
    void adoptedAs(UUID activityId) {
        requirePending();
        status = ProposalStatus.ADOPTED;
        adoptedActivityId = activityId;
    }

    /** The owner does not want the proposal in its plan, for this reason. */
    void decline(String reason) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.ruleViolated("annualplanning.reasonRequired");
        }
        status = ProposalStatus.DECLINED;
        declineReason = reason.strip();
    }

    private void requirePending() {
        if (status != ProposalStatus.PENDING) {
            throw DomainProblem.conflict("annualplanning.proposal.notPending", id, status);
        }
    }

    /** The fields that history compares. */
    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", status);
        fields.put("declineReason", declineReason);
        fields.put("adoptedActivityId", adoptedActivityId);
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public int getTargetYear() {
        return targetYear;
    }

    public Party getOwner() {
        return new Party(owner);
    }

    public ProposalOrigin getOrigin() {
        return origin;
    }

    public UUID getOriginId() {
        return originId;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public String getTitleBg() {
        return titleBg;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescription() {
        return description;
    }

    public UUID getOriginMeetingId() {
        return originMeetingId;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public UUID getAdoptedActivityId() {
        return adoptedActivityId;
    }

    public long getVersion() {
        return version;
    }
}
