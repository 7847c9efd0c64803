package org.coordina.victimsupport.internal.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.coordina.victimsupport.internal.StatisticsTable;

/** A quarter's counts: the total and the non-zero cells of every tabulation (missing cells count 0). */
record StatisticsRequest(@NotNull @PositiveOrZero @Max(1_000_000) Integer total,
        @NotNull @Size(max = 200) List<@NotNull @Valid CellRequest> cells) {

    StatisticsTable toTable() {
        return StatisticsTable.of(total, cells.stream().map(CellRequest::toCell).toList());
    }
}
