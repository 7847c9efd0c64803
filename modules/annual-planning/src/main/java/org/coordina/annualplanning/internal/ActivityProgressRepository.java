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
}
