package org.coordina.victimsupport.internal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.coordina.victimsupport.internal.StatisticsCell;
import org.coordina.victimsupport.internal.Tabulation;

/** One count: the victims in this row and column of this tabulation. */
record CellRequest(@NotNull Tabulation tabulation, @NotBlank @Size(max = 40) String row,
        @NotBlank @Size(max = 40) String column, @NotNull @PositiveOrZero @Max(1_000_000) Integer count) {

    StatisticsCell toCell() {
        return new StatisticsCell(tabulation, row, column, count);
    }
}
