package org.coordina.regionalcommissions.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coordina.regionalcommissions.internal.ExploitationForm;
import org.coordina.regionalcommissions.internal.PeriodPart;
import org.coordina.regionalcommissions.internal.TrendReportStatus;
import org.coordina.sharedkernel.domain.CommissionCode;

/** A trend report as the API shows it. */
record TrendReportView(UUID id, CommissionCode commissionCode, int year, PeriodPart period, String title,
        String summary, Set<ExploitationForm> exploitationForms, List<String> riskGroups,
        List<String> recruitmentChannels, List<String> destinationCountries, String recommendations,
        TrendReportStatus status, Instant publishedAt, long version) {
}
