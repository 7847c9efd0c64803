package org.coordina.annualplanning.internal.web;

import java.util.List;

import org.coordina.annualplanning.internal.Plan;
import org.coordina.annualplanning.internal.PlanEntry;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps plans and recorded changes to their API views. */
@Mapper
interface PlanMapper {

    @Mapping(target = "year", source = "cycleYear")
    PlanView toView(Plan plan);

    PlanSummary toSummary(PlanEntry entry);

    @Mapping(target = "type", source = "aggregateType")
    @Mapping(target = "id", source = "aggregateId")
    @Mapping(target = "version", source = "aggregateVersion")
    @Mapping(target = "who", source = "changedBy")
    @Mapping(target = "when", source = "changedAt")
    HistoryEntryView toView(HistoryEntry entry);

    List<HistoryEntryView> toHistory(List<HistoryEntry> entries);
}
