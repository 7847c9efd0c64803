package org.coordina.annualplanning.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.internal.CycleStatus;

/** A planning cycle with its deadlines and programme, as its editors read and send it back. */
record CycleView(UUID id, int year, CycleStatus status, DeadlinesView deadlines, List<SectionView> sections,
        List<ObjectiveView> objectives, Instant openedAt, Instant closedAt, long version) {

    /** When plans and reports are due. */
    record DeadlinesView(LocalDate planSubmissionDue, int reportDueDays, LocalDate nationalApprovalTarget) {
    }

    /** A programme section. */
    record SectionView(String code, String titleBg, String titleEn, String strategicObjectiveBg,
            String strategicObjectiveEn) {
    }

    /** An operational objective of a section. */
    record ObjectiveView(String sectionCode, String code, String textBg, String textEn) {
    }
}
