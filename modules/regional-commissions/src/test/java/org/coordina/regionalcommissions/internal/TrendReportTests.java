package org.coordina.regionalcommissions.internal;

import org.coordina.sharedkernel.domain.CommissionCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.junit.jupiter.api.Test;

class TrendReportTests {

    static final LocalDate TODAY = LocalDate.of(2020, 12, 3);

    static final Instant NOW = Instant.parse("2020-12-03T09:00:00Z");

    @Test
    void aDraftBelongsToItsCommissionAndPublishesNothing() {
        var commission = commission();
        var report = TrendReport.draft(commission, TestData.h2of2020(), TestData.content("Trends"), TODAY);

        assertThat(report.getStatus()).isEqualTo(TrendReportStatus.DRAFT);
        assertThat(report.getCommissionId()).isEqualTo(commission.getId());
        assertThat(report.getCommissionCode()).isEqualTo(new CommissionCode("VAR"));
        assertThat(TestData.releaseEvents(report)).isEmpty();
    }

    @Test
    void publishingRegistersTrendReportPublishedWithTheNextVersion() {
        var report = TrendReport.draft(commission(), TestData.h2of2020(), TestData.content("Trends"), TODAY);

        report.publish(NOW);

        assertThat(report.getStatus()).isEqualTo(TrendReportStatus.PUBLISHED);
        assertThat(report.getPublishedAt()).isEqualTo(NOW);
        assertThat(TestData.releaseEvents(report)).singleElement().isInstanceOfSatisfying(TrendReportPublished.class, event -> {
            assertThat(event.trendReportId()).isEqualTo(report.getId());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.commissionCode()).isEqualTo(new CommissionCode("VAR"));
            assertThat(event.year()).isEqualTo(2020);
            assertThat(event.period()).isEqualTo("H2");
            assertThat(event.title()).isEqualTo("Trends");
        });
    }

    @Test
    void aReportIsPublishedOnlyOnce() {
        var report = TrendReport.draft(commission(), TestData.h2of2020(), TestData.content("Trends"), TODAY);
        report.publish(NOW);
        TestData.releaseEvents(report);

        assertThatThrownBy(() -> report.publish(NOW)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        assertThat(TestData.releaseEvents(report)).isEmpty();
        assertThat(report.getPublishedAt()).isEqualTo(NOW);
    }

    @Test
    void aPublishedReportCannotBeRevised() {
        var report = TrendReport.draft(commission(), TestData.h2of2020(), TestData.content("Trends"), TODAY);
        report.publish(NOW);

        assertThatThrownBy(() -> report.revise(TestData.h2of2020(), TestData.content("Changed"), TODAY))
                .isInstanceOf(DomainProblem.class);
        assertThat(report.getTitle()).isEqualTo("Trends");
    }

    @Test
    void aDraftCanBeRevisedIncludingItsPeriod() {
        var report = TrendReport.draft(commission(), TestData.h2of2020(), TestData.content("Trends"), TODAY);

        report.revise(new ReportingPeriod(2020, PeriodPart.Q3), TestData.content("Revised"), TODAY);

        assertThat(report.period()).isEqualTo(new ReportingPeriod(2020, PeriodPart.Q3));
        assertThat(report.getTitle()).isEqualTo("Revised");
    }

    @Test
    void trendsAreReportedOnlyForAPeriodThatHasBegun() {
        var future = new ReportingPeriod(2021, PeriodPart.Q1);

        assertThatThrownBy(() -> TrendReport.draft(commission(), future, TestData.content("Too early"), TODAY))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("regionalcommissions.trendReport.periodNotStarted"));
        assertThat(TrendReport.draft(commission(), future, TestData.content("In time"), LocalDate.of(2021, 1, 1))
                .period()).isEqualTo(future);
    }

    @Test
    void aDissolvedCommissionDraftsNoReports() {
        var commission = commission();
        commission.changeStatus(CommissionStatus.DISSOLVED, NOW);

        assertThatThrownBy(() -> TrendReport.draft(commission, TestData.h2of2020(), TestData.content("Trends"), TODAY))
                .isInstanceOf(DomainProblem.class);
    }

    @Test
    void aDraftRecordsItsPeriodAndContent() {
        var content = TestData.content("Trends");

        var report = TrendReport.draft(commission(), TestData.h2of2020(), content, TODAY);

        assertThat(report.getId()).isNotNull();
        assertThat(report.getYear()).isEqualTo(2020);
        assertThat(report.getPeriod()).isEqualTo(PeriodPart.H2);
        assertThat(report.period()).isEqualTo(TestData.h2of2020());
        assertThat(report.content()).isEqualTo(content);
        assertThat(report.getTitle()).isEqualTo("Trends");
        assertThat(report.getSummary()).isEqualTo(content.summary());
        assertThat(report.getExploitationForms()).containsExactly(ExploitationForm.SEXUAL_EXPLOITATION,
                ExploitationForm.LABOUR_EXPLOITATION);
        assertThat(report.getRiskGroups()).isEqualTo(content.riskGroups());
        assertThat(report.getRecruitmentChannels()).containsExactly("Online job offers", "Acquaintances");
        assertThat(report.getDestinationCountries()).containsExactly("DE", "NL");
        assertThat(report.getRecommendations()).isEqualTo("Fictional recommendations.");
        assertThat(report.getPublishedAt()).isNull();
        assertThat(report.getVersion()).isZero();
    }

    @Test
    void aReportWithoutFormsOfExploitationShowsNone() {
        var content = new TrendReportContent("Trends", "Nothing observed.", null, null, null, null, null);

        var report = TrendReport.draft(commission(), TestData.h2of2020(), content, TODAY);

        assertThat(report.getExploitationForms()).isEmpty();
        assertThat(report.getRiskGroups()).isEmpty();
    }

    @Test
    void aDraftNeedsAPeriodAndContent() {
        assertThatThrownBy(() -> TrendReport.draft(commission(), null, TestData.content("Trends"), TODAY))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TrendReport.draft(commission(), TestData.h2of2020(), null, TODAY))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPeriodMayBeReportedOnFromItsFirstDay() {
        assertThat(TrendReport.draft(commission(), TestData.h2of2020(), TestData.content("Trends"),
                LocalDate.of(2020, 7, 1)).getStatus()).isEqualTo(TrendReportStatus.DRAFT);
    }

    private static Commission commission() {
        return Commission.establish(new CommissionCode("VAR"), TestData.details("Varna"), NOW);
    }
}
