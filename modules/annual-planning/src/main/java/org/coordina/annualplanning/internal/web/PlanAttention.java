package org.coordina.annualplanning.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coordina.annualplanning.internal.CycleDirectory;
import org.coordina.annualplanning.internal.CycleEntry;
import org.coordina.annualplanning.internal.CycleStatus;
import org.coordina.annualplanning.internal.PlanDirectory;
import org.coordina.annualplanning.internal.PlanEntry;
import org.coordina.annualplanning.internal.PlanStatus;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.pages.AttentionItem;
import org.coordina.sharedkernel.pages.AttentionSource;
import org.coordina.sharedkernel.security.Role;
import org.coordina.sharedkernel.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Annual planning's part of the home page, from its read models: in each open cycle, the plan a secretary (or, for
 * the national plan, the national administration) has to submit, red once the submission date has passed, and the
 * plans waiting for the national administration's review. Quarterly reports due or overdue are not listed yet (no
 * read model answers them per owner). A plan to submit links to its page, plans to review to the cycle's page.
 */
@Component
class PlanAttention implements AttentionSource {

    private static final ZoneId ZONE = ZoneId.of("Europe/Sofia");

    /** Every commission's plan and the national one fit in one page of the directory. */
    private static final int ALL_PLANS = 200;

    private final CycleDirectory cycles;

    private final PlanDirectory plans;

    private final Clock clock;

    PlanAttention(CycleDirectory cycles, PlanDirectory plans, Clock clock) {
        this.cycles = cycles;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public String headingCode() {
        return "annualplanning.page.attention.heading";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<AttentionItem> attentionFor(SignedInUser user) {
        var items = new ArrayList<AttentionItem>();
        var today = LocalDate.now(clock.withZone(ZONE));
        var openCycles = cycles.page(PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "year"))).stream()
                .filter(cycle -> cycle.status() == CycleStatus.OPEN).toList();
        for (var cycle : openCycles) {
            if (user.roles().contains(Role.LOCAL_SECRETARY) && user.commission().isPresent()) {
                var own = new Party(user.commission().get());
                plans.page(cycle.year(), user.commission(), PageRequest.of(0, 10)).stream()
                        .filter(plan -> plan.owner().equals(own))
                        .forEach(plan -> toSubmit(cycle, plan, today).ifPresent(items::add));
            }
            if (user.roles().contains(Role.NATIONAL_ADMIN) || user.roles().contains(Role.NATIONAL_EXPERT)) {
                var all = plans.page(cycle.year(), Optional.empty(), PageRequest.of(0, ALL_PLANS)).getContent();
                all.stream().filter(plan -> plan.owner().isNational())
                        .forEach(plan -> toSubmit(cycle, plan, today).ifPresent(items::add));
                long submitted = all.stream().filter(plan -> plan.status() == PlanStatus.SUBMITTED).count();
                if (submitted > 0 && user.roles().contains(Role.NATIONAL_ADMIN)) {
                    items.add(new AttentionItem("annualplanning.page.attention.toReview", List.of(cycle.year(), submitted),
                            "/planning/" + cycle.year(), cycle.nationalApprovalTarget(), false));
                }
            }
        }
        return items;
    }

    private static Optional<AttentionItem> toSubmit(CycleEntry cycle, PlanEntry plan, LocalDate today) {
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.RETURNED) {
            return Optional.empty();
        }
        var code = plan.status() == PlanStatus.RETURNED ? "annualplanning.page.attention.returned"
                : "annualplanning.page.attention.toSubmit";
        var due = cycle.planSubmissionDue();
        return Optional.of(new AttentionItem(code, List.of(cycle.year()),
                "/planning/" + cycle.year() + "/plans/" + plan.owner().value(), due, due != null && today.isAfter(due)));
    }
}
