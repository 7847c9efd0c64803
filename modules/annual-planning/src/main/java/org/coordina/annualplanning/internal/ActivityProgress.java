package org.coordina.annualplanning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityCompleted;
import org.coordina.annualplanning.events.ActivityProgressReported;
import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One activity's progress in one quarter's report. An aggregate of its own, so that the secretaries of
 * different activities update them side by side without conflicting on the report; it repeats the
 * report's year, owner and quarter so that roll-ups need no join.
 */
@Table(schema = "annualplanning", name = "activity_progress")
public class ActivityProgress extends AbstractAggregateRoot<ActivityProgress> {

    @Id
    private UUID id;

    private UUID reportId;

    private UUID activityId;

    private int cycleYear;

    private String owner;

    private int quarter;

    private ActivityStatus status;

    private String narrative;

    private Integer peopleReached;

    private List<String> evidence = new ArrayList<>();

    @MappedCollection(idColumn = "activity_progress_id")
    private Set<IndicatorValue> indicatorValues = new HashSet<>();

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private ActivityProgress() {
    }

    /** The first progress entry of this activity in this report, as NOT_STARTED and not yet saved. */
    static ActivityProgress start(UUID reportId, UUID activityId, int year, Party owner, int quarter) {
        var progress = new ActivityProgress();
        progress.id = UUID.randomUUID();
        progress.reportId = reportId;
        progress.activityId = activityId;
        progress.cycleYear = year;
        progress.owner = owner.value();
        progress.quarter = Quarter.check(quarter);
        progress.apply(ProgressDetails.notStarted());
        return progress;
    }

    /**
     * The entry as stored, read by {@link ProgressRecordingRepository} without Spring Data's aggregate mapping
     * (the hot path of quarterly reporting; the audit trail, which nothing here reads, stays empty).
     */
    static ActivityProgress restore(UUID id, UUID reportId, UUID activityId, int year, Party owner, int quarter,
            ProgressDetails details, long version) {
        var progress = new ActivityProgress();
        progress.id = id;
        progress.reportId = reportId;
        progress.activityId = activityId;
        progress.cycleYear = year;
        progress.owner = owner.value();
        progress.quarter = quarter;
        progress.apply(details);
        progress.version = version;
        return progress;
    }

    /**
     * Records what the owner reports, refusing values of indicators the activity does not have; tells
     * whether anything changed. A new entry is always saved, even when it reports NOT_STARTED.
     */
    boolean report(ProgressDetails details, Set<UUID> activityIndicators, Instant now) {
        details.requireIndicatorsOf(activityIndicators);
        if (version > 0 && details.equals(details())) {
            return false;
        }
        // A new entry starts as NOT_STARTED, so it completes when it first reports COMPLETED.
        var completedBefore = status == ActivityStatus.COMPLETED;
        apply(details);
        registerEvent(new ActivityProgressReported(UUID.randomUUID(), now, id, version + 1, activityId, cycleYear,
                getOwner(), quarter, status, peopleReached));
        if (status == ActivityStatus.COMPLETED && !completedBefore) {
            registerEvent(new ActivityCompleted(UUID.randomUUID(), now, activityId, version + 1, cycleYear, getOwner(),
                    quarter));
        }
        return true;
    }

    /** Saved as this version: hands over the events registered since the last save, for their publication. */
    List<Object> saved(long savedVersion) {
        version = savedVersion;
        var events = List.copyOf(domainEvents());
        clearDomainEvents();
        return events;
    }

    ProgressDetails details() {
        return new ProgressDetails(status, narrative, peopleReached, evidence, indicatorValues);
    }

    private void apply(ProgressDetails details) {
        status = details.status();
        narrative = details.narrative();
        peopleReached = details.peopleReached();
        evidence = new ArrayList<>(details.evidence());
        indicatorValues = new HashSet<>(details.indicatorValues());
    }

    /** The fields that history compares (indicator values by indicator id, so the order is stable). */
    Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", status);
        fields.put("narrative", narrative);
        fields.put("peopleReached", peopleReached);
        fields.put("evidence", List.copyOf(evidence));
        var values = new TreeMap<String, Object>();
        indicatorValues.forEach(value -> values.put(value.indicatorId().toString(), value.value().toPlainString()));
        fields.put("indicatorValues", values);
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public UUID getReportId() {
        return reportId;
    }

    public UUID getActivityId() {
        return activityId;
    }

    public int getCycleYear() {
        return cycleYear;
    }

    public Party getOwner() {
        return new Party(owner);
    }

    public int getQuarter() {
        return quarter;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public List<String> getEvidence() {
        return List.copyOf(evidence);
    }

    public Set<IndicatorValue> getIndicatorValues() {
        return Set.copyOf(indicatorValues);
    }

    public long getVersion() {
        return version;
    }
}
