package org.coordina.regionalcommissions.internal.web;

import org.coordina.regionalcommissions.internal.ReportingPeriod;
import org.coordina.regionalcommissions.internal.TrendReport;
import org.coordina.regionalcommissions.internal.TrendReportContent;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps trend-report requests to domain values and reports to their API views. */
@Mapper
interface TrendReportMapper {

    TrendReportView toView(TrendReport report);

    @Mapping(target = "part", source = "period")
    ReportingPeriod toPeriod(TrendReportRequest request);

    TrendReportContent toContent(TrendReportRequest request);
}
