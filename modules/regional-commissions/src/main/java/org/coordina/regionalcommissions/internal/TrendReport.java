package org.coordina.regionalcommissions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A local commission's analysis of the trafficking trends it observed in one period. It is drafted
 * and revised by the commission's secretary and read-only once published. Publishing registers
 * {@link TrendReportPublished} with the version the change is saved as; Spring Data publishes it when
 * the repository saves the report. Drafts and revisions are the secretary's working copy and tell the
 * other modules nothing: no event describes them.
 */
@Table(schema = "regionalcommissions", name = "trend_report")
public class TrendReport extends AbstractAggregateRoot<TrendReport> {

    @Id
    private UUID id;

    private UUID commissionId;

    private String commissionCode;

    private int periodYear;

    private PeriodPart periodPart;

    private String title;

    private String summary;

    private Set<ExploitationForm> exploitationForms;

    private List<String> riskGroups;

    private List<String> recruitmentChannels;

    private List<String> destinationCountries;

    private String recommendations;

    private TrendReportStatus status;

    private Instant publishedAt;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private TrendReport() {
    }

    /** Starts a draft for a period that has already begun, of a commission that is not dissolved. */
    static TrendReport draft(Commission commission, ReportingPeriod period, TrendReportContent content, LocalDate today) {
        commission.requireNotDissolved();
        var report = new TrendReport();
        report.id = UUID.randomUUID();
        report.commissionId = commission.getId();
        report.commissionCode = commission.getCode().value();
        report.status = TrendReportStatus.DRAFT;
        report.apply(period, content, today);
        return report;
    }

    /** Replaces period and content of the draft. */
    void revise(ReportingPeriod period, TrendReportContent content, LocalDate today) {
        requireDraft();
        apply(period, content, today);
    }

    /** Publishes the draft; a report is published once and never changes afterwards. */
    void publish(Instant now) {
        requireDraft();
        status = TrendReportStatus.PUBLISHED;
        publishedAt = now;
        registerEvent(new TrendReportPublished(UUID.randomUUID(), now, id, version + 1, commissionId, getCommissionCode(),
                periodYear, periodPart.name(), title));
    }

    ReportingPeriod period() {
        return new ReportingPeriod(periodYear, periodPart);
    }

    TrendReportContent content() {
        return new TrendReportContent(title, summary, exploitationForms, riskGroups, recruitmentChannels,
                destinationCountries, recommendations);
    }

    private void requireDraft() {
        if (status != TrendReportStatus.DRAFT) {
            throw DomainProblem.conflict("regionalcommissions.trendReport.published", periodPart + " " + periodYear);
        }
    }

    private void apply(ReportingPeriod period, TrendReportContent content, LocalDate today) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(content, "content");
        if (!period.hasStartedBy(today)) {
            throw DomainProblem.ruleViolated("regionalcommissions.trendReport.periodNotStarted", period.toString());
        }
        periodYear = period.year();
        periodPart = period.part();
        title = content.title();
        summary = content.summary();
        exploitationForms = content.exploitationForms();
        riskGroups = content.riskGroups();
        recruitmentChannels = content.recruitmentChannels();
        destinationCountries = content.destinationCountries();
        recommendations = content.recommendations();
    }

    // Public getters only because MapStruct reads public accessors; the class itself stays package-private.
    public UUID getId() {
        return id;
    }

    public UUID getCommissionId() {
        return commissionId;
    }

    public CommissionCode getCommissionCode() {
        return new CommissionCode(commissionCode);
    }

    public int getYear() {
        return periodYear;
    }

    public PeriodPart getPeriod() {
        return periodPart;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Set<ExploitationForm> getExploitationForms() {
        return exploitationForms.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(exploitationForms));
    }

    public List<String> getRiskGroups() {
        return List.copyOf(riskGroups);
    }

    public List<String> getRecruitmentChannels() {
        return List.copyOf(recruitmentChannels);
    }

    public List<String> getDestinationCountries() {
        return List.copyOf(destinationCountries);
    }

    public String getRecommendations() {
        return recommendations;
    }

    public TrendReportStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
