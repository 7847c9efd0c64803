package org.coordina.annualplanning.internal.web;

import java.time.LocalDate;
import java.util.List;

import org.coordina.annualplanning.internal.ActivityProgress;
import org.coordina.annualplanning.internal.ActivityRollupEntry;
import org.coordina.annualplanning.internal.IndicatorValue;
import org.coordina.annualplanning.internal.ProgressDetails;
import org.coordina.annualplanning.internal.QuarterlyReport;
import org.coordina.annualplanning.internal.ReportActivityEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps quarterly reports, progress entries and roll-ups to their API views, and progress requests to domain values. */
@Mapper
interface QuarterlyReportMapper {

    @Mapping(target = "overdue", expression = "java(report.isOverdue(today))")
    ReportSummary toSummary(QuarterlyReport report, LocalDate today);

    @Mapping(target = "year", source = "report.cycleYear")
    @Mapping(target = "owner", source = "report.owner.value")
    @Mapping(target = "overdue", expression = "java(report.isOverdue(today))")
    QuarterlyReportView toView(QuarterlyReport report, LocalDate today, List<ReportActivityView> activities);

    ReportActivityView toView(ReportActivityEntry entry);

    ProgressView toView(ActivityProgress progress);

    IndicatorValueView toView(IndicatorValue value);

    @Mapping(target = "peopleReached", expression = "java(entry.peopleReached())")
    ActivityProgressSummary toSummary(ActivityRollupEntry entry);

    ProgressDetails toDetails(ProgressRequest request);

    IndicatorValue toValue(IndicatorValueRequest request);
}
