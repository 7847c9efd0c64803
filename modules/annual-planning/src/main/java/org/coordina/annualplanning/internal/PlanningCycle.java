package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.coordina.annualplanning.events.PlanningCycleClosed;
import org.coordina.annualplanning.events.PlanningCycleOpened;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The planning cycle of one year: DRAFT while the national administration sets its programme sections
 * and deadlines, OPEN while plans are drafted and quarters reported, CLOSED (frozen) at the end.
 */
@Table(schema = "annualplanning", name = "planning_cycle")
public class PlanningCycle extends AbstractAggregateRoot<PlanningCycle> {

    @Id
    private UUID id;

    private int year;

    private CycleStatus status;

    private LocalDate planSubmissionDue;

    private int reportDueDays;

    private LocalDate nationalApprovalTarget;

    private Instant openedAt;

    private Instant closedAt;

    @MappedCollection(idColumn = "planning_cycle_id", keyColumn = "position")
    private List<ProgrammeSection> sections = new ArrayList<>();

    @MappedCollection(idColumn = "planning_cycle_id", keyColumn = "position")
    private List<OperationalObjective> objectives = new ArrayList<>();

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private PlanningCycle() {
    }

    /** A new cycle in DRAFT, with these sections and deadlines. */
    static PlanningCycle draft(int year, Programme programme, CycleDeadlines deadlines) {
        if (year < 2000 || year > 2100) {
            throw DomainProblem.ruleViolated("annualplanning.cycle.yearOutOfRange", year);
        }
        var cycle = new PlanningCycle();
        cycle.id = UUID.randomUUID();
        cycle.year = year;
        cycle.status = CycleStatus.DRAFT;
        cycle.apply(Objects.requireNonNull(programme, "programme"), Objects.requireNonNull(deadlines, "deadlines"));
        return cycle;
    }

    /** Replaces the programme sections and deadlines; only while the cycle is a draft. Tells whether anything changed. */
    boolean revise(Programme programme, CycleDeadlines deadlines) {
        requireStatus(CycleStatus.DRAFT);
        if (programme.equals(programme()) && deadlines.equals(deadlines())) {
            return false;
        }
        apply(programme, deadlines);
        return true;
    }

    /** Opens the cycle: plans can be drafted. */
    void open(Instant now) {
        requireStatus(CycleStatus.DRAFT);
        status = CycleStatus.OPEN;
        openedAt = now;
        registerEvent(new PlanningCycleOpened(UUID.randomUUID(), now, id, version + 1, year, planSubmissionDue,
                reportDueDays, nationalApprovalTarget, sections.stream().map(ProgrammeSection::code).toList()));
    }

    /** Closes and freezes the cycle; {@code carriedOver} activities went to the next year's backlog. */
    void close(int carriedOver, Instant now) {
        requireStatus(CycleStatus.OPEN);
        status = CycleStatus.CLOSED;
        closedAt = now;
        registerEvent(new PlanningCycleClosed(UUID.randomUUID(), now, id, version + 1, year, carriedOver));
    }

    /** Refuses unless the cycle is in this status (409 naming the current one). */
    void requireStatus(CycleStatus expected) {
        if (status != expected) {
            throw DomainProblem.conflict("annualplanning.cycle.wrongStatus", year, status, expected);
        }
    }

    /** Refuses unless plans and reports of this cycle may change (it is open). */
    void requireOpen() {
        requireStatus(CycleStatus.OPEN);
    }

    /** Refuses an activity's section or objective that this cycle's programme does not have. */
    void requireSection(String sectionCode, String objectiveCode) {
        if (sections.stream().noneMatch(section -> section.code().equals(sectionCode))) {
            throw DomainProblem.ruleViolated("annualplanning.activity.unknownSection", sectionCode, year);
        }
        if (objectiveCode != null && objectives.stream()
                .noneMatch(objective -> objective.code().equals(objectiveCode) && objective.sectionCode().equals(sectionCode))) {
            throw DomainProblem.ruleViolated("annualplanning.activity.unknownObjective", objectiveCode, sectionCode);
        }
    }

    /** The cycle's sections and objectives. */
    public Programme programme() {
        return new Programme(List.copyOf(sections), List.copyOf(objectives));
    }

    /** The cycle's deadlines. */
    public CycleDeadlines deadlines() {
        return new CycleDeadlines(planSubmissionDue, reportDueDays, nationalApprovalTarget);
    }

    /** The fields that history compares. */
    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", status);
        fields.put("planSubmissionDue", planSubmissionDue);
        fields.put("reportDueDays", reportDueDays);
        fields.put("nationalApprovalTarget", nationalApprovalTarget);
        fields.put("sections", sections.stream().map(ProgrammeSection::code).toList());
        fields.put("objectives", objectives.stream().map(OperationalObjective::code).toList());
        return fields;
    }

    private void apply(Programme programme, CycleDeadlines deadlines) {
        var codes = new HashSet<String>();
        for (ProgrammeSection section : programme.sections()) {
            codes.add(section.code());
        }
        for (OperationalObjective objective : programme.objectives()) {
            if (!codes.contains(objective.sectionCode())) {
                throw DomainProblem.ruleViolated("annualplanning.cycle.objectiveWithoutSection", objective.code(),
                        objective.sectionCode());
            }
        }
        sections = new ArrayList<>(programme.sections());
        objectives = new ArrayList<>(programme.objectives());
        planSubmissionDue = deadlines.planSubmissionDue();
        reportDueDays = deadlines.reportDueDays();
        nationalApprovalTarget = deadlines.nationalApprovalTarget();
    }

    public UUID getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public LocalDate getPlanSubmissionDue() {
        return planSubmissionDue;
    }

    public int getReportDueDays() {
        return reportDueDays;
    }

    public LocalDate getNationalApprovalTarget() {
        return nationalApprovalTarget;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<ProgrammeSection> getSections() {
        return List.copyOf(sections);
    }

    public List<OperationalObjective> getObjectives() {
        return List.copyOf(objectives);
    }

    public long getVersion() {
        return version;
    }
}
