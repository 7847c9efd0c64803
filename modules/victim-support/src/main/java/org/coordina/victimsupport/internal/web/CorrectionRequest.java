package org.coordina.victimsupport.internal.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.coordina.victimsupport.internal.StatisticsTable;

/** Corrected counts of accepted statistics, and why (kept in the history). */
record CorrectionRequest(@NotNull @PositiveOrZero @Max(1_000_000) Integer total,
        @NotNull @Size(max = 200) List<@NotNull @Valid CellRequest> cells, @NotBlank @Size(max = 2000) String reason) {

    StatisticsTable toTable() {
        return StatisticsTable.of(total, cells.stream().map(CellRequest::toCell).toList());
    }
}
