package org.coordina.annualplanning.internal.web;

import java.util.List;

import org.coordina.annualplanning.internal.CycleDeadlines;
import org.coordina.annualplanning.internal.CycleEntry;
import org.coordina.annualplanning.internal.OperationalObjective;
import org.coordina.annualplanning.internal.PlanningCycle;
import org.coordina.annualplanning.internal.Programme;
import org.coordina.annualplanning.internal.ProgrammeSection;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps cycle requests to the programme and deadlines, and cycles to their API views. */
@Mapper
interface CycleMapper {

    @Mapping(target = "deadlines", source = "cycle")
    CycleView toView(PlanningCycle cycle);

    CycleView.DeadlinesView deadlinesOf(PlanningCycle cycle);

    @Mapping(target = "deadlines", source = "entry")
    CycleSummary toSummary(CycleEntry entry);

    CycleView.DeadlinesView deadlinesOf(CycleEntry entry);

    ProgrammeSection toSection(SectionRequest request);

    OperationalObjective toObjective(ObjectiveRequest request);

    List<ProgrammeSection> toSections(List<SectionRequest> requests);

    List<OperationalObjective> toObjectives(List<ObjectiveRequest> requests);

    /** The programme a request asks for: {@code null} (the defaults) when it names neither sections nor objectives. */
    default Programme toProgramme(List<SectionRequest> sections, List<ObjectiveRequest> objectives) {
        if (sections == null && objectives == null) {
            return null;
        }
        var chosen = sections == null ? Programme.defaults().sections() : toSections(sections);
        return new Programme(chosen, objectives == null ? List.of() : toObjectives(objectives));
    }

    /** The deadlines a request asks for: {@code null} (the defaults) when it names none. */
    default CycleDeadlines toDeadlines(DeadlinesRequest request) {
        if (request == null) {
            return null;
        }
        return new CycleDeadlines(request.planSubmissionDue(),
                request.reportDueDays() == null ? CycleDeadlines.DEFAULT_REPORT_DUE_DAYS : request.reportDueDays(),
                request.nationalApprovalTarget());
    }
}
