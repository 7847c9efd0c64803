package org.coordina.meetings.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The projection of the published trend reports. */
interface PublishedTrendReportRepository extends Repository<PublishedTrendReport, UUID> {

    /** Inserts or updates the report, unless a version as new or newer is stored (events come at least once, in any order). */
    @Modifying
    @Query("""
            INSERT INTO meetings.published_trend_report (id, commission_code, year, period, title, source_version, projected_at)
            VALUES (:id, :code, :year, :period, :title, :sourceVersion, :projectedAt)
            ON CONFLICT (id) DO UPDATE
            SET commission_code = EXCLUDED.commission_code, year = EXCLUDED.year, period = EXCLUDED.period,
                title = EXCLUDED.title, source_version = EXCLUDED.source_version, projected_at = EXCLUDED.projected_at
            WHERE meetings.published_trend_report.source_version < EXCLUDED.source_version
            """)
    boolean upsert(UUID id, String code, int year, String period, String title, long sourceVersion, Instant projectedAt);

    /** Records what the event says about the report (see {@link #upsert}). */
    default void project(TrendReportPublished event, Instant now) {
        upsert(event.trendReportId(), event.commissionCode().value(), event.year(), event.period(), event.title(),
                event.version(), now);
    }

    @Query("SELECT * FROM meetings.published_trend_report WHERE commission_code = :code AND year = :year AND period = :period")
    Optional<PublishedTrendReport> findOne(String code, int year, String period);
}
