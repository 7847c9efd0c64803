package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ProgressRecordingRepository} in SQL: where Spring Data JDBC would load the entry with its indicator
 * values in two statements and save it by rewriting the row and deleting and re-inserting every value
 * (about a third of the JVM's CPU per progress update in the profile of issue 8), this reads it in one
 * statement and writes only what changed. The events go through the same {@link ApplicationEventPublisher}
 * as an aggregate's, so the publication registry records them in this transaction.
 */
class ProgressRecordingRepositoryImpl implements ProgressRecordingRepository {

    static final String FIND = """
            SELECT p.id, p.cycle_year, p.owner, p.quarter, p.status, p.narrative, p.people_reached, p.evidence, p.version,
                   array(SELECT v.indicator_id FROM annualplanning.indicator_value v
                         WHERE v.activity_progress_id = p.id ORDER BY v.indicator_id) AS indicator_ids,
                   array(SELECT v.value FROM annualplanning.indicator_value v
                         WHERE v.activity_progress_id = p.id ORDER BY v.indicator_id) AS indicator_values
            FROM annualplanning.activity_progress p
            WHERE p.report_id = :reportId AND p.activity_id = :activityId
            """;

    static final String INSERT = """
            INSERT INTO annualplanning.activity_progress (id, report_id, activity_id, cycle_year, owner, quarter, status,
              narrative, people_reached, evidence, version, created_by, created_at, last_modified_by, last_modified_at)
            VALUES (:id, :reportId, :activityId, :year, :owner, :quarter, :status, :narrative, :peopleReached,
              :evidence, 1, :user, :now, :user, :now)
            """;

    static final String UPDATE = """
            UPDATE annualplanning.activity_progress
            SET status = :status, narrative = :narrative, people_reached = :peopleReached, evidence = :evidence,
                version = version + 1, last_modified_by = :user, last_modified_at = :now
            WHERE id = :id AND version = :version
            """;

    static final String UPSERT_VALUES = """
            INSERT INTO annualplanning.indicator_value (activity_progress_id, indicator_id, value)
            SELECT :id, v.indicator_id, v.value
            FROM unnest(:indicatorIds, CAST(:indicatorValues AS numeric[])) AS v (indicator_id, value)
            ON CONFLICT (activity_progress_id, indicator_id) DO UPDATE SET value = excluded.value
            """;

    static final String DELETE_VALUES = """
            DELETE FROM annualplanning.indicator_value WHERE activity_progress_id = :id AND indicator_id = ANY(:indicatorIds)
            """;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final AuditorAware<String> auditor;

    private final Clock clock;

    ProgressRecordingRepositoryImpl(JdbcClient jdbc, ApplicationEventPublisher events, AuditorAware<String> auditor,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Optional<ActivityProgress> findEntry(UUID reportId, UUID activityId) {
        return jdbc.sql(FIND).param("reportId", reportId).param("activityId", activityId)
                .query((row, number) -> {
                    var ids = (Object[]) row.getArray("indicator_ids").getArray();
                    var amounts = (Object[]) row.getArray("indicator_values").getArray();
                    var values = new HashSet<IndicatorValue>();
                    for (int index = 0; index < ids.length; index++) {
                        values.add(new IndicatorValue((UUID) ids[index], (BigDecimal) amounts[index]));
                    }
                    var details = new ProgressDetails(ActivityStatus.valueOf(row.getString("status")),
                            row.getString("narrative"), (Integer) row.getObject("people_reached"),
                            List.of((String[]) row.getArray("evidence").getArray()), values);
                    return ActivityProgress.restore(row.getObject("id", UUID.class), reportId, activityId,
                            row.getInt("cycle_year"), new Party(row.getString("owner")), row.getInt("quarter"), details,
                            row.getLong("version"));
                })
                .optional();
    }

    @Override
    public ActivityProgress record(ActivityProgress entry, Set<IndicatorValue> storedValues) {
        var user = auditor.getCurrentAuditor().orElse("system");
        var now = Timestamp.from(clock.instant());
        var evidence = entry.getEvidence().toArray(String[]::new);
        if (entry.getVersion() == 0) {
            try {
                jdbc.sql(INSERT).param("id", entry.getId()).param("reportId", entry.getReportId())
                        .param("activityId", entry.getActivityId()).param("year", entry.getCycleYear())
                        .param("owner", entry.getOwner().value()).param("quarter", entry.getQuarter())
                        .param("status", entry.getStatus().name()).param("narrative", entry.getNarrative())
                        .param("peopleReached", entry.getPeopleReached()).param("evidence", evidence)
                        .param("user", user).param("now", now).update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("The progress of activity " + entry.getActivityId()
                        + " was created concurrently", e);
            }
        } else {
            var updated = jdbc.sql(UPDATE).param("id", entry.getId()).param("status", entry.getStatus().name())
                    .param("narrative", entry.getNarrative()).param("peopleReached", entry.getPeopleReached())
                    .param("evidence", evidence).param("user", user).param("now", now)
                    .param("version", entry.getVersion()).update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("The progress " + entry.getId() + " is no longer at version "
                        + entry.getVersion());
            }
        }
        writeValues(entry, storedValues);
        entry.saved(entry.getVersion() + 1).forEach(events::publishEvent);
        return entry;
    }

    /** Deletes the values no longer reported, upserts the new and changed ones; nothing when none changed. */
    private void writeValues(ActivityProgress entry, Set<IndicatorValue> storedValues) {
        var reported = entry.getIndicatorValues();
        var removed = new ArrayList<UUID>();
        for (IndicatorValue stored : storedValues) {
            if (reported.stream().noneMatch(value -> value.indicatorId().equals(stored.indicatorId()))) {
                removed.add(stored.indicatorId());
            }
        }
        if (!removed.isEmpty()) {
            jdbc.sql(DELETE_VALUES).param("id", entry.getId()).param("indicatorIds", removed.toArray(UUID[]::new))
                    .update();
        }
        var changed = reported.stream().filter(value -> !storedValues.contains(value)).toList();
        if (!changed.isEmpty()) {
            jdbc.sql(UPSERT_VALUES).param("id", entry.getId())
                    .param("indicatorIds", changed.stream().map(IndicatorValue::indicatorId).toArray(UUID[]::new))
                    // as text: the driver binds String[] (text[]) but not BigDecimal[]
                    .param("indicatorValues", changed.stream().map(value -> value.value().toPlainString())
                            .toArray(String[]::new))
                    .update();
        }
    }
}
