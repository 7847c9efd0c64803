package org.coordina.regionalcommissions.internal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps trend-report requests to domain values and reports to their API views. */
@Mapper
interface TrendReportMapper {

    TrendReportView toView(TrendReport report);

    @Mapping(target = "part", source = "period")
    ReportingPeriod toPeriod(TrendReportData data);

    TrendReportContent toContent(TrendReportData data);
}
