package org.coordina.regionalcommissions.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A trend report as the API shows it. */
record TrendReportView(UUID id, String commissionCode, int year, PeriodPart period, String title, String summary,
        Set<ExploitationForm> exploitationForms, List<String> riskGroups, List<String> recruitmentChannels,
        List<String> destinationCountries, String recommendations, TrendReportStatus status, Instant publishedAt,
        long version) {
}
