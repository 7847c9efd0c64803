package org.coordina.victimsupport.internal;

import org.springframework.data.relational.core.mapping.Table;

/** One count of a submission: the victims in this row and column of this tabulation. */
@Table(schema = "victimsupport", name = "statistics_cell")
public record StatisticsCell(Tabulation tabulation, String rowValue, String columnValue, int count) {
}
