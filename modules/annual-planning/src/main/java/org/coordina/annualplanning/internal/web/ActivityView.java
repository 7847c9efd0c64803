package org.coordina.annualplanning.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityOrigin;
import org.coordina.annualplanning.internal.IndicatorKind;
import org.coordina.sharedkernel.domain.Party;

/** An activity with everything its plan says about it. */
record ActivityView(UUID id, UUID planId, int year, Party owner, String sectionCode, String objectiveCode,
        UUID servesActivityId, String titleBg, String titleEn, String description, List<String> responsible,
        List<String> partners, FinancingView financing, LocalDate startsOn, LocalDate deadline,
        List<Integer> plannedQuarters, String expectedOutcomes, List<IndicatorView> indicators, ActivityOrigin origin,
        UUID originProposalId, long version) {

    /** Where the money comes from. */
    record FinancingView(String source, BigDecimal amount, String currency) {
    }

    /** An indicator, with the id its quarterly values refer to. */
    record IndicatorView(UUID id, String nameBg, String nameEn, String unit, BigDecimal baseline, BigDecimal target,
            IndicatorKind kind) {
    }
}
