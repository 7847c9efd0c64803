package org.coordina.regionalcommissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.TrendReportPublished;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

/** Trend reports through {@link TrendReports}: stored as drafted, published once, with the event recorded. */
@ApplicationModuleTest
@Import(EventRecorder.class)
class TrendReportsIntegrationTests {

    @Autowired
    TrendReports reports;

    @Autowired
    CommissionManagement commissions;

    @Test
    void aDraftIsStoredWithAllItsListsAndReadBackUnchanged() {
        var code = establish();
        var draft = reports.draft(code, TestData.h2of2020(), TestData.content("Trends H2 2020"));

        var stored = reports.find(code, draft.getId());

        assertThat(stored.getStatus()).isEqualTo(TrendReportStatus.DRAFT);
        assertThat(stored.getVersion()).isEqualTo(1);
        assertThat(stored.period()).isEqualTo(TestData.h2of2020());
        assertThat(stored.content()).isEqualTo(TestData.content("Trends H2 2020"));
        assertThat(stored.getExploitationForms())
                .containsExactly(ExploitationForm.SEXUAL_EXPLOITATION, ExploitationForm.LABOUR_EXPLOITATION);
        assertThat(stored.getDestinationCountries()).containsExactly("DE", "NL");
        assertThat(stored.getPublishedAt()).isNull();
    }

    @Test
    void emptyListsAreStoredAsEmptyLists() {
        var code = establish();
        var content = new TrendReportContent("Title", "Summary", null, null, null, null, null);
        var draft = reports.draft(code, TestData.h2of2020(), content);

        var stored = reports.find(code, draft.getId());

        assertThat(stored.getExploitationForms()).isEmpty();
        assertThat(stored.getRiskGroups()).isEmpty();
        assertThat(stored.getDestinationCountries()).isEmpty();
        assertThat(stored.getRecommendations()).isNull();
    }

    @Test
    void publishingPublishesTrendReportPublishedWithTheStoredVersion(Scenario scenario) {
        var code = establish();
        var draft = reports.draft(code, TestData.h2of2020(), TestData.content("Trends H2 2020"));

        scenario.stimulate(() -> reports.publish(code, draft.getId(), draft.getVersion()))
                .andWaitForEventOfType(TrendReportPublished.class)
                .matching(event -> event.commissionCode().equals(code))
                .toArriveAndVerify((event, published) -> {
                    assertThat(event.trendReportId()).isEqualTo(draft.getId());
                    assertThat(event.commissionId()).isEqualTo(draft.getCommissionId());
                    assertThat(event.version()).isEqualTo(2).isEqualTo(reports.find(code, draft.getId()).getVersion());
                    assertThat(event.year()).isEqualTo(2020);
                    assertThat(event.period()).isEqualTo("H2");
                    assertThat(event.title()).isEqualTo("Trends H2 2020");
                    assertThat(published.getStatus()).isEqualTo(TrendReportStatus.PUBLISHED);
                    assertThat(published.getPublishedAt()).isEqualTo(event.occurredAt());
                });
    }

    @Test
    void aReportIsPublishedOnceAndReadOnlyAfterwards(PublishedEvents events) {
        var code = establish();
        var draft = reports.draft(code, TestData.h2of2020(), TestData.content("Trends H2 2020"));
        var published = reports.publish(code, draft.getId(), draft.getVersion());

        assertThatThrownBy(() -> reports.publish(code, draft.getId(), published.getVersion()))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("regionalcommissions.trendReport.published"));
        assertThatThrownBy(() -> reports.revise(code, draft.getId(), published.getVersion(), TestData.h2of2020(),
                TestData.content("Changed"))).isInstanceOf(DomainProblem.class);
        assertThat(reports.find(code, draft.getId()).getTitle()).isEqualTo("Trends H2 2020");
        assertThat(events.ofType(TrendReportPublished.class).matching(event -> event.commissionCode().equals(code)))
                .hasSize(1);
    }

    @Test
    void aCommissionHasOneReportPerPeriod() {
        var code = establish();
        reports.draft(code, TestData.h2of2020(), TestData.content("First"));
        var other = reports.draft(code, new ReportingPeriod(2020, PeriodPart.Q4), TestData.content("Quarter"));

        assertThatThrownBy(() -> reports.draft(code, TestData.h2of2020(), TestData.content("Second")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("regionalcommissions.trendReport.periodTaken"));
        assertThatThrownBy(() -> reports.revise(code, other.getId(), other.getVersion(), TestData.h2of2020(),
                TestData.content("Quarter"))).isInstanceOf(DomainProblem.class);
    }

    @Test
    void revisingADraftNeedsTheCurrentVersion() {
        var code = establish();
        var draft = reports.draft(code, TestData.h2of2020(), TestData.content("First"));
        var revised = reports.revise(code, draft.getId(), draft.getVersion(), TestData.h2of2020(), TestData.content("Second"));

        assertThat(revised.getVersion()).isEqualTo(2);
        assertThatThrownBy(() -> reports.revise(code, draft.getId(), draft.getVersion(), TestData.h2of2020(),
                TestData.content("Third"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reports.find(code, draft.getId()).getTitle()).isEqualTo("Second");
    }

    @Test
    void aReportOfAnotherCommissionIsNotFound() {
        var code = establish();
        var other = establish();
        var draft = reports.draft(code, TestData.h2of2020(), TestData.content("First"));

        assertThatThrownBy(() -> reports.find(other, draft.getId()))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
    }

    @Test
    void aDissolvedCommissionDraftsNoReports() {
        var code = establish();
        var commission = commissions.changeStatus(code, 1, CommissionStatus.DISSOLVED);

        assertThat(commission.getStatus()).isEqualTo(CommissionStatus.DISSOLVED);
        assertThatThrownBy(() -> reports.draft(code, TestData.h2of2020(), TestData.content("Late")))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("regionalcommissions.commission.dissolved"));
    }

    @Test
    void listsTheCommissionsReportsNewestPeriodFirst() {
        var code = establish();
        reports.draft(code, new ReportingPeriod(2019, PeriodPart.H1), TestData.content("Old"));
        reports.draft(code, new ReportingPeriod(2021, PeriodPart.Q1), TestData.content("New"));
        reports.draft(code, TestData.h2of2020(), TestData.content("Middle"));

        var page = reports.list(code, PageRequest.of(0, 2, Sort.by(Sort.Order.desc("periodYear"), Sort.Order.asc("id"))));

        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(TrendReport::getTitle).containsExactly("New", "Middle");
    }

    private CommissionCode establish() {
        var code = TestData.freshCode();
        commissions.establish(code, TestData.details("Testgrad"), null);
        return code;
    }
}
