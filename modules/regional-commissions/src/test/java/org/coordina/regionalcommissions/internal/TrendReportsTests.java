package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coordina.regionalcommissions.internal.ServiceFixture.code;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** {@link TrendReports} on in-memory repositories, on 3 December 2020. */
class TrendReportsTests {

    final ServiceFixture fixture = new ServiceFixture();

    final TrendReports reports = fixture.reports;

    final Commission varna = fixture.established("VAR");

    @Test
    void aDraftIsSavedForItsCommission() {
        var draft = reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Trends"));

        assertThat(draft.getCommissionId()).isEqualTo(varna.getId());
        assertThat(draft.getVersion()).isEqualTo(1);
        assertThat(reports.find(code("VAR"), draft.getId())).isSameAs(draft);
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void aPeriodThatHasNotBegunTodayCannotBeReportedOn() {
        assertThatThrownBy(() -> reports.draft(code("VAR"), new ReportingPeriod(2021, PeriodPart.Q1), TestData.content("Early")))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("regionalcommissions.trendReport.periodNotStarted"));
        assertThat(reports.draft(code("VAR"), new ReportingPeriod(2020, PeriodPart.Q4), TestData.content("Now"))
                .getStatus()).isEqualTo(TrendReportStatus.DRAFT);
    }

    @Test
    void aCommissionReportsOnAPeriodOnce() {
        reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Trends"));

        assertThatThrownBy(() -> reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Again")))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.messageCode()).isEqualTo("regionalcommissions.trendReport.periodTaken");
                    assertThat(problem.arguments()).containsExactly(code("VAR"), "H2 2020");
                });
        assertThat(fixture.reportRepository.count()).isEqualTo(1);
    }

    @Test
    void anotherCommissionMayReportOnTheSamePeriod() {
        reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Trends"));
        fixture.established("BGS");

        assertThat(reports.draft(code("BGS"), TestData.h2of2020(), TestData.content("Trends")).getCommissionCode())
                .isEqualTo(code("BGS"));
        assertThat(reports.list(code("VAR"), PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void aRevisionMayKeepItsPeriodOrMoveToAFreeOne() {
        var draft = reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Trends"));

        var revised = reports.revise(code("VAR"), draft.getId(), 1, TestData.h2of2020(), TestData.content("Revised"));
        assertThat(revised.getTitle()).isEqualTo("Revised");
        assertThat(revised.getVersion()).isEqualTo(2);

        var moved = reports.revise(code("VAR"), draft.getId(), 2, new ReportingPeriod(2020, PeriodPart.Q3),
                TestData.content("Revised"));
        assertThat(moved.period()).isEqualTo(new ReportingPeriod(2020, PeriodPart.Q3));
    }

    @Test
    void aRevisionCannotMoveToAPeriodAlreadyReportedOn() {
        reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Trends"));
        var q3 = reports.draft(code("VAR"), new ReportingPeriod(2020, PeriodPart.Q3), TestData.content("Q3"));

        assertThatThrownBy(() -> reports.revise(code("VAR"), q3.getId(), 1, TestData.h2of2020(), TestData.content("Q3")))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("regionalcommissions.trendReport.periodTaken"));
        assertThat(q3.period()).isEqualTo(new ReportingPeriod(2020, PeriodPart.Q3));
    }

    @Test
    void publishingSavesAndPublishesTheNextVersion() {
        var draft = reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Trends"));

        var published = reports.publish(code("VAR"), draft.getId(), 1);

        assertThat(published.getStatus()).isEqualTo(TrendReportStatus.PUBLISHED);
        assertThat(published.getPublishedAt()).isEqualTo(ServiceFixture.NOW);
        assertThat(published.getVersion()).isEqualTo(2);
        assertThat(fixture.published).singleElement().isInstanceOfSatisfying(TrendReportPublished.class, event -> {
            assertThat(event.trendReportId()).isEqualTo(draft.getId());
            assertThat(event.version()).isEqualTo(2);
        });
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        var draft = reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Trends"));
        reports.revise(code("VAR"), draft.getId(), 1, TestData.h2of2020(), TestData.content("Revised"));

        assertThatThrownBy(() -> reports.revise(code("VAR"), draft.getId(), 1, TestData.h2of2020(), TestData.content("Old")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> reports.publish(code("VAR"), draft.getId(), 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(draft.getTitle()).isEqualTo("Revised");
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void theReportsOfADissolvedCommissionAreFinal() {
        var draft = reports.draft(code("VAR"), TestData.h2of2020(), TestData.content("Trends"));
        fixture.commissions.changeStatus(code("VAR"), 1, CommissionStatus.DISSOLVED);
        fixture.published.clear();

        assertThatThrownBy(() -> reports.revise(code("VAR"), draft.getId(), 1, TestData.h2of2020(), TestData.content("Late")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        assertThatThrownBy(() -> reports.publish(code("VAR"), draft.getId(), 1)).isInstanceOf(DomainProblem.class);
        assertThat(draft.getStatus()).isEqualTo(TrendReportStatus.DRAFT);
        assertThat(fixture.published).isEmpty();
    }

    @Test
    void aReportOfAnotherCommissionIsNotFoundHere() {
        fixture.established("BGS");
        var other = reports.draft(code("BGS"), TestData.h2of2020(), TestData.content("Trends"));

        assertThatThrownBy(() -> reports.find(code("VAR"), other.getId())).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND);
                    assertThat(problem.messageCode()).isEqualTo("regionalcommissions.trendReport.notFound");
                });
        assertThatThrownBy(() -> reports.publish(code("VAR"), other.getId(), 1)).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> reports.find(code("VAR"), UUID.randomUUID())).isInstanceOf(DomainProblem.class);
    }
}
