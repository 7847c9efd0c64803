package org.coordina.regionalcommissions.internal.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coordina.regionalcommissions.internal.ExploitationForm;
import org.coordina.regionalcommissions.internal.PeriodPart;
import org.coordina.regionalcommissions.internal.ReportingPeriod;

/** {@code POST/PUT .../trend-reports}: the period and content of a draft trend report. */
record TrendReportRequest(@NotNull @Min(ReportingPeriod.FIRST_YEAR) @Max(ReportingPeriod.LAST_YEAR) Integer year,
        @NotNull PeriodPart period, @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 7) Set<@NotNull ExploitationForm> exploitationForms,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> riskGroups,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> recruitmentChannels,
        @Size(max = 50) List<@NotNull @IsoCountryCode String> destinationCountries,
        @Size(max = 4000) String recommendations) {
}
