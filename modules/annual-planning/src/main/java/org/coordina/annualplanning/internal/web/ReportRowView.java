package org.coordina.annualplanning.internal.web;

import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.internal.Localized;
import org.coordina.annualplanning.internal.ReportRowEntry;

/**
 * One activity's row on the quarterly report page: the values its fields show (as stored, or as posted when they
 * had problems), the version of its progress entry, its problems, and whether it was just saved or found stale.
 */
record ReportRowView(UUID activityId, String sectionCode, Localized section, Localized title, String status,
        String narrative, String peopleReached, long version, List<IndicatorInput> indicators,
        List<FieldProblem> problems, boolean saved, boolean stale) {

    /** The row as stored, possibly just saved or found changed by someone else. */
    static ReportRowView of(ReportRowEntry entry, boolean saved, boolean stale) {
        var indicators = entry.indicators().stream().map(indicator -> new IndicatorInput(indicator.indicatorId(),
                indicator.name(), indicator.unit(), indicator.target(),
                indicator.value() == null ? "" : indicator.value().stripTrailingZeros().toPlainString())).toList();
        return new ReportRowView(entry.activityId(), entry.sectionCode(), entry.section(), entry.title(),
                entry.status().name(), entry.narrative(),
                entry.peopleReached() == null ? "" : entry.peopleReached().toString(), entry.version(), indicators,
                List.of(), saved, stale);
    }

    /** The id of a field of this row, unique on the page. */
    public String fieldId(String field) {
        return field + "-" + activityId;
    }

    /** The problem with this field, or null. */
    public FieldProblem problemOf(String field) {
        var anchor = fieldId(field);
        return problems.stream().filter(problem -> problem.anchor().equals(anchor)).findFirst().orElse(null);
    }
}
