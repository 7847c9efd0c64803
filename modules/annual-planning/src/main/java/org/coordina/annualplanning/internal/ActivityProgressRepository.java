package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The progress entries of all reports, one per report and activity; progress updates are read and written
 * through {@link ProgressRecordingRepository}, not through {@code save}.
 */
interface ActivityProgressRepository extends ListCrudRepository<ActivityProgress, UUID>, ProgressRecordingRepository {

    Optional<ActivityProgress> findByReportIdAndActivityId(UUID reportId, UUID activityId);

    @Query("SELECT id FROM annualplanning.activity_progress WHERE report_id = :reportId")
    List<UUID> findIdsByReportId(UUID reportId);

    /** The ids of the activity's indicators that have a value in any quarter's report. */
    @Query("""
            SELECT DISTINCT v.indicator_id FROM annualplanning.activity_progress p
            JOIN annualplanning.indicator_value v ON v.activity_progress_id = p.id
            WHERE p.activity_id = :activityId""")
    List<UUID> findReportedIndicatorIds(UUID activityId);
}
