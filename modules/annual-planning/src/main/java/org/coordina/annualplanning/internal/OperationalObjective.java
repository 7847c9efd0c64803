package org.coordina.annualplanning.internal;

import org.springframework.data.relational.core.mapping.Table;

/** An operational objective of a programme section (e.g. {@code II.1} of section {@code II}). */
@Table(schema = "annualplanning", name = "operational_objective")
public record OperationalObjective(String sectionCode, String code, String textBg, String textEn) {
}
