package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.coordina.annualplanning.events.ActivityStatus;

/**
 * An activity as a row of a plan's export: lists and indicators already joined into text
 * ({@code indicators}: "name (unit): baseline → target; …").
 */
public record PlanActivityLine(String sectionCode, Localized section, Localized title, String responsible,
        String partners, String financingSource, BigDecimal financingAmount, String financingCurrency,
        LocalDate startsOn, LocalDate deadline, String plannedQuarters, Localized indicators, ActivityStatus status) {
}
