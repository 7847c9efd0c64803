package org.coordina.meetings.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A local trend report as meetings knows it (projected from {@code TrendReportPublished}): what a session may link to. */
@Table(schema = "meetings", name = "published_trend_report")
record PublishedTrendReport(@Id UUID id, String commissionCode, int year, String period, String title,
        long sourceVersion, Instant projectedAt) {
}
