package org.coordina.annualplanning.internal.web;

import java.util.ArrayList;
import java.util.List;

import org.coordina.annualplanning.internal.QuarterlyReports;
import org.coordina.annualplanning.internal.ReportStatus;
import org.coordina.annualplanning.internal.ReportsDueQuery;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.pages.AttentionItem;
import org.coordina.sharedkernel.pages.AttentionSource;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Quarterly reporting's part of the home page, one statement per kind of item over the open cycles: the reports a
 * secretary (or, for the national plan, the national administration) still has to hand in, due or overdue, and the
 * submitted reports that wait for the national administrator's review. Beside {@link PlanAttention}, under a heading
 * of its own.
 */
@Component
class ReportAttention implements AttentionSource {

    private final ReportsDueQuery due;

    private final QuarterlyReports reports;

    ReportAttention(ReportsDueQuery due, QuarterlyReports reports) {
        this.due = due;
        this.reports = reports;
    }

    @Override
    public String headingCode() {
        return "annualplanning.page.report.attention.heading";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public List<AttentionItem> attentionFor(SignedInUser user) {
        var items = new ArrayList<AttentionItem>();
        var today = reports.today();
        var owners = new ArrayList<Party>();
        if (user.roles().contains(Role.LOCAL_SECRETARY) && user.commission().isPresent()) {
            owners.add(new Party(user.commission().get()));
        }
        if (user.roles().contains(Role.NATIONAL_ADMIN) || user.roles().contains(Role.NATIONAL_EXPERT)) {
            owners.add(Party.NATIONAL);
        }
        for (var owner : owners) {
            for (var report : due.dueFrom(owner, today)) {
                var overdue = report.isOverdue(today);
                var code = report.status() == ReportStatus.RETURNED ? "annualplanning.page.report.attention.returned"
                        : overdue ? "annualplanning.page.report.attention.overdue"
                        : "annualplanning.page.report.attention.due";
                items.add(new AttentionItem(code, List.of(report.year(), report.quarter()),
                        "/planning/" + report.year() + "/plans/" + owner.value() + "/quarters/" + report.quarter(),
                        report.dueOn(), overdue));
            }
        }
        if (user.roles().contains(Role.NATIONAL_ADMIN)) {
            for (var cycle : due.awaitingReview()) {
                items.add(new AttentionItem("annualplanning.page.report.attention.toReview",
                        List.of(cycle.year(), cycle.reports()), "/planning/" + cycle.year() + "/progress#plans", null,
                        false));
            }
        }
        return items;
    }
}
