package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.coordina.annualplanning.events.ActivityChanged;
import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.events.ActivityPlanned;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity of a plan, with its indicators. It repeats its plan's year and owner, so that roll-ups
 * group activities without a join; its progress is reported per quarter (see {@link ActivityProgress}).
 */
@Table(schema = "annualplanning", name = "activity")
public class Activity extends AbstractAggregateRoot<Activity> {

    @Id
    private UUID id;

    private UUID planId;

    private int cycleYear;

    private String owner;

    private String sectionCode;

    private String objectiveCode;

    private UUID servesActivityId;

    private String titleBg;

    private String titleEn;

    private String description;

    private List<String> responsible = new ArrayList<>();

    private List<String> partners = new ArrayList<>();

    @Embedded.Nullable(prefix = "financing_")
    private Financing financing;

    private LocalDate startsOn;

    private LocalDate deadline;

    private List<Integer> plannedQuarters = new ArrayList<>();

    private String expectedOutcomes;

    @MappedCollection(idColumn = "activity_id", keyColumn = "position")
    private List<Indicator> indicators = new ArrayList<>();

    private ActivityOrigin origin;

    private UUID originProposalId;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private Activity() {
    }

    /** A new activity of this plan; {@code proposalId} names the backlog proposal it comes from, if any. */
    static Activity plan(Plan plan, ActivityDetails details, ActivityOrigin origin, UUID proposalId, Instant now) {
        var activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.planId = plan.getId();
        activity.cycleYear = plan.getCycleYear();
        activity.owner = plan.getOwner().value();
        activity.origin = origin;
        activity.originProposalId = proposalId;
        activity.apply(details);
        activity.registerEvent(new ActivityPlanned(UUID.randomUUID(), now, activity.id, 1, plan.getId(),
                activity.cycleYear, plan.getOwner(), activity.sectionCode, activity.titleBg, activity.titleEn,
                activity.servesActivityId, origin, proposalId));
        return activity;
    }

    /**
     * Replaces what the plan says about the activity; tells whether anything changed. An indicator with values
     * in {@code reported} (the ids of those that quarterly reports gave values) cannot be left out: its values
     * would lose their meaning.
     */
    boolean revise(ActivityDetails details, Set<UUID> reported, Instant now) {
        var revised = withIds(details);
        var kept = revised.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
        indicators.stream().filter(indicator -> reported.contains(indicator.id()) && !kept.contains(indicator.id()))
                .findFirst().ifPresent(indicator -> {
                    throw DomainProblem.conflict("annualplanning.activity.indicatorReported", indicator.nameEn());
                });
        if (details().equals(revised)) {
            return false;
        }
        apply(details);
        registerEvent(new ActivityChanged(UUID.randomUUID(), now, id, version + 1, planId, cycleYear, getOwner(),
                sectionCode, titleBg, titleEn, servesActivityId));
        return true;
    }

    ActivityDetails details() {
        return new ActivityDetails(titleBg, titleEn, description, sectionCode, objectiveCode, servesActivityId,
                responsible, partners, financing, startsOn, deadline, plannedQuarters, expectedOutcomes, indicators);
    }

    /** The fields that history compares. */
    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("titleBg", titleBg);
        fields.put("titleEn", titleEn);
        fields.put("description", description);
        fields.put("sectionCode", sectionCode);
        fields.put("objectiveCode", objectiveCode);
        fields.put("servesActivityId", servesActivityId);
        fields.put("responsible", responsible);
        fields.put("partners", partners);
        fields.put("financing", financing);
        fields.put("startsOn", startsOn);
        fields.put("deadline", deadline);
        fields.put("plannedQuarters", plannedQuarters);
        fields.put("expectedOutcomes", expectedOutcomes);
        fields.put("indicators", indicators);
        return fields;
    }

    private void apply(ActivityDetails details) {
        var withIds = withIds(details);
        titleBg = withIds.titleBg();
        titleEn = withIds.titleEn();
        description = withIds.description();
        sectionCode = withIds.sectionCode();
        objectiveCode = withIds.objectiveCode();
        servesActivityId = withIds.servesActivityId();
        responsible = new ArrayList<>(withIds.responsible());
        partners = new ArrayList<>(withIds.partners());
        financing = withIds.financing();
        startsOn = withIds.startsOn();
        deadline = withIds.deadline();
        plannedQuarters = new ArrayList<>(withIds.plannedQuarters());
        expectedOutcomes = withIds.expectedOutcomes();
        indicators = new ArrayList<>(withIds.indicators());
    }

    /**
     * The details with an id for every indicator: new ones get a fresh id; an id that is not one of this
     * activity's indicators is treated as new too, so that a client cannot point at another activity's.
     */
    private ActivityDetails withIds(ActivityDetails details) {
        var known = new HashMap<UUID, Indicator>();
        indicators.forEach(indicator -> known.put(indicator.id(), indicator));
        var identified = details.indicators().stream()
                .map(indicator -> indicator.id() != null && known.containsKey(indicator.id()) ? indicator
                        : new Indicator(UUID.randomUUID(), indicator.nameBg(), indicator.nameEn(), indicator.unit(),
                                indicator.baseline(), indicator.target(), indicator.kind()))
                .toList();
        return new ActivityDetails(details.titleBg(), details.titleEn(), details.description(), details.sectionCode(),
                details.objectiveCode(), details.servesActivityId(), details.responsible(), details.partners(),
                details.financing(), details.startsOn(), details.deadline(), details.plannedQuarters(),
                details.expectedOutcomes(), identified);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public int getCycleYear() {
        return cycleYear;
    }

    public Party getOwner() {
        return new Party(owner);
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public String getObjectiveCode() {
        return objectiveCode;
    }

    public UUID getServesActivityId() {
        return servesActivityId;
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

    public List<String> getResponsible() {
        return List.copyOf(responsible);
    }

    public List<String> getPartners() {
        return List.copyOf(partners);
    }

    public Financing getFinancing() {
        return financing;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public List<Integer> getPlannedQuarters() {
        return List.copyOf(plannedQuarters);
    }

    public String getExpectedOutcomes() {
        return expectedOutcomes;
    }

    public List<Indicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public ActivityOrigin getOrigin() {
        return origin;
    }

    public UUID getOriginProposalId() {
        return originProposalId;
    }

    public long getVersion() {
        return version;
    }
}
