package org.coordina.annualplanning.internal.web;

import static org.coordina.annualplanning.internal.web.PlanExportController.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.coordina.annualplanning.internal.ActivityTally;
import org.coordina.annualplanning.internal.CycleProgress;
import org.coordina.annualplanning.internal.IndicatorTally;
import org.coordina.annualplanning.internal.Localized;
import org.coordina.annualplanning.internal.QuarterTally;
import org.coordina.annualplanning.internal.ReportState;
import org.coordina.sharedkernel.web.DownloadTable;
import org.springframework.stereotype.Component;

/**
 * The national roll-up of a cycle as a download table (CSV or XLSX): all plans, then a row per programme section
 * and per plan, headers and words in the export's language. The API's {@code …/progress.csv|xlsx} and the
 * progress page's downloads write the same table.
 */
@Component
class ProgressTable {

    /** Sections have no reports of their own: four empty cells keep every row as wide as the header. */
    private static final List<Object> NO_REPORTS = Collections.nCopies(4, null);

    private final ExportLabels labels;

    ProgressTable(ExportLabels labels) {
        this.labels = labels;
    }

    void write(DownloadTable table, CycleProgress cycle, Locale locale) throws IOException {
        table.row(labels.headers(locale, "scope", "code", "name", "planStatus", "activities", "status.NOT_STARTED",
                "status.IN_PROGRESS", "status.COMPLETED", "status.POSTPONED", "status.CANCELLED", "indicators",
                "indicatorsReached", "meanAchievement", "q1", "q2", "q3", "q4"));
        var quarters = cycle.reports().stream().map(tally -> (Object) quarterSummary(tally, locale)).toList();
        table.row(cells(labels.word(locale, "scope.ALL"), null, null, null, cycle.activities(), cycle.indicators(),
                quarters));
        for (var line : cycle.sections()) {
            table.row(cells(labels.word(locale, "scope.SECTION"), line.code(),
                    text(new Localized(line.titleBg(), line.titleEn()), locale), null, line.activities(),
                    line.indicators(), NO_REPORTS));
        }
        for (var line : cycle.owners()) {
            var name = line.owner().isNational() ? labels.word(locale, "nationalPlan")
                    : text(line.nameBg() == null ? null : new Localized(line.nameBg(), line.nameEn()), locale);
            table.row(cells(labels.word(locale, "scope.OWNER"), line.owner().value(), name,
                    labels.of(locale, "planStatus", line.planStatus()), line.activities(), line.indicators(),
                    line.quarters().stream().map(state -> (Object) labels.of(locale, "report", state)).toList()));
        }
    }

    private static List<Object> cells(String scope, String code, String name, String planStatus,
            ActivityTally activities, IndicatorTally indicators, List<Object> quarters) {
        var cells = new ArrayList<Object>(List.of(scope));
        cells.add(code);
        cells.add(name);
        cells.add(planStatus);
        cells.addAll(List.of(activities.total(), activities.notStarted(), activities.inProgress(),
                activities.completed(), activities.postponed(), activities.cancelled(), indicators.indicators(),
                indicators.reached()));
        cells.add(indicators.meanAchievement());
        cells.addAll(quarters);
        return cells;
    }

    /** The reports of a quarter as one cell, e.g. "accepted: 3; overdue: 1". */
    private String quarterSummary(QuarterTally tally, Locale locale) {
        var parts = new ArrayList<String>();
        long[] counts = { tally.missing(), tally.draft(), tally.submitted(), tally.accepted(), tally.returned(),
                tally.overdue() };
        var states = ReportState.values();
        for (int index = 0; index < states.length; index++) {
            if (counts[index] > 0) {
                parts.add(labels.of(locale, "report", states[index]) + ": " + counts[index]);
            }
        }
        return String.join("; ", parts);
    }
}
