package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Demo mode only: the 2021 cycle (OPEN, default sections) that the December 2020 meeting prepared, a
 * national plan with the programme's typical activities, and for each of the ten demo commissions a local
 * plan of three to six activities (campaigns around 18 October, trainings, information sessions…) in
 * different states, with quarterly reports for Q1–Q3 in every state. Texts and figures are fictional and
 * say so. Everything goes through the application
 * services; what exists is left alone, so a restart creates nothing again. Local plans are seeded when
 * the commission is known here (its event may arrive before or after the cycle is seeded).
 */
@Component
@ConditionalOnBooleanProperty("coordina.demo.enabled")
class DemoPlanning {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);

    static final int YEAR = 2021;

    /** The ten demo commissions and the order their local plans are seeded in. */
    static final List<String> COMMISSIONS = List.of("BLG", "BGS", "VAR", "VTR", "MON", "PAZ", "PVN", "PDV", "RSE", "SLS");

    /** Local plans left in review or returned, so that the national administration has work to do. */
    static final Map<String, PlanStatus> NOT_APPROVED = Map.of("PDV", PlanStatus.RETURNED, "RSE", PlanStatus.SUBMITTED,
            "SLS", PlanStatus.DRAFT);

    private record Demo(String section, String titleBg, String titleEn, List<Integer> quarters, String unit,
            int target) {
    }

    private static final List<Demo> NATIONAL = List.of(
            new Demo("I", "Национална среща на секретарите на местните комисии",
                    "National meeting of the local commissions' secretaries", List.of(2), "meetings", 1),
            new Demo("II", "Национална кампания срещу трафика с цел трудова експлоатация",
                    "National campaign against trafficking for labour exploitation", List.of(2), "events", 10),
            new Demo("II", "Лятна кампания срещу трафика с цел сексуална експлоатация",
                    "Summer campaign against trafficking for sexual exploitation", List.of(3), "events", 10),
            new Demo("II", "Кампания около 18 октомври – Европейски ден за борба с трафика на хора",
                    "Campaign around 18 October, EU Anti-Trafficking Day", List.of(4), "events", 10),
            new Demo("III", "Обучения на полицаи, социални работници и прокурори за идентифициране на жертви",
                    "Training of police officers, social workers and prosecutors in identifying victims",
                    List.of(2, 3, 4), "people trained", 120),
            new Demo("IV", "Преглед на Националния механизъм за насочване и подпомагане на жертви",
                    "Review of the National Referral Mechanism", List.of(1, 2, 3, 4), "reviews", 1),
            new Demo("V", "Годишен доклад за изпълнението на Националната програма",
                    "Annual report on the implementation of the National Programme", List.of(1), "reports", 1),
            new Demo("VI", "Участие в мрежата на ЕС на националните докладчици",
                    "Participation in the EU network of national rapporteurs", List.of(2, 4), "meetings", 2),
            new Demo("VII", "Преглед на законодателството за подкрепа на жертвите",
                    "Review of the legislation on support to victims", List.of(3, 4), "proposals", 1));

    /** Local activities: the national activity each serves (by English title), or none. */
    private static final List<Demo> LOCAL = List.of(
            new Demo("II", "Местна кампания около 18 октомври", "Local campaign around 18 October", List.of(4),
                    "events", 2),
            new Demo("III", "Обучение на местни специалисти", "Training of local professionals", List.of(2, 3),
                    "people trained", 20),
            new Demo("II", "Информационни сесии в училищата", "Information sessions in schools", List.of(1, 2, 4),
                    "sessions", 6),
            new Demo("II", "Местни дейности в лятната кампания", "Local events of the summer campaign", List.of(3),
                    "events", 2),
            new Demo("II", "Среща с бюрото по труда за безопасна работа в чужбина",
                    "Meeting with the employment office on safe work abroad", List.of(2), "meetings", 1),
            new Demo("IV", "Среща на местния екип за насочване на жертви", "Meeting of the local referral team",
                    List.of(1, 3), "meetings", 2));

    private static final Map<String, String> SERVES = Map.of(
            "Local campaign around 18 October", "Campaign around 18 October, EU Anti-Trafficking Day",
            "Training of local professionals", "Training of police officers, social workers and prosecutors in identifying victims",
            "Local events of the summer campaign", "Summer campaign against trafficking for sexual exploitation",
            "Meeting with the employment office on safe work abroad",
            "National campaign against trafficking for labour exploitation");

    private final PlanningCycles cycles;

    private final Plans plans;

    private final ActivityPlanning activities;

    private final QuarterlyReports reports;

    private final ActivityProgressReporting progress;

    private final PlanRepository planRepository;

    private final ActivityRepository activityRepository;

    private final TransactionOperations transactions;

    DemoPlanning(PlanningCycles cycles, Plans plans, ActivityPlanning activities, QuarterlyReports reports,
            ActivityProgressReporting progress, PlanRepository planRepository, ActivityRepository activityRepository,
            TransactionOperations transactions) {
        this.reports = reports;
        this.progress = progress;
        this.cycles = cycles;
        this.plans = plans;
        this.activities = activities;
        this.planRepository = planRepository;
        this.activityRepository = activityRepository;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        if (Boolean.TRUE.equals(transactions.execute(status -> seedCycle()))) {
            log.warn("Demo mode: created the {} planning cycle with a national plan of fictional demo activities", YEAR);
        }
        COMMISSIONS.forEach(code -> seedLocalPlan(new CommissionCode(code)));
        transactions.executeWithoutResult(status -> reports.announceOverdue());
    }

    /** Creates, opens and fills the demo cycle and its national plan, unless the cycle exists. */
    boolean seedCycle() {
        if (cycles.exists(YEAR)) {
            return false;
        }
        var cycle = cycles.draft(YEAR, null, new CycleDeadlines(LocalDate.of(YEAR, 1, 31), 15, LocalDate.of(YEAR, 2, 28)));
        cycles.open(YEAR, cycle.getVersion());
        for (Demo demo : NATIONAL) {
            activities.add(YEAR, Party.NATIONAL, details(demo, "National Commission (НКБТХ)", null));
        }
        var plan = plans.find(YEAR, Party.NATIONAL);
        plan = plans.submit(YEAR, Party.NATIONAL, plan.getVersion());
        plans.approve(YEAR, Party.NATIONAL, plan.getVersion());
        seedReports(Party.NATIONAL, 2);
        return true;
    }

    /**
     * Fills a demo commission's 2021 plan, once: when the cycle is seeded (for commissions already known) and
     * when the commission becomes known (for those that come later). The plan-creation lock keeps the two
     * from seeding the same plan at once.
     */
    void seedLocalPlan(CommissionCode code) {
        int index = COMMISSIONS.indexOf(code.value());
        if (index < 0) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            planRepository.lockPlanCreation();
            var plan = planRepository.findByCycleYearAndOwner(YEAR, code.value());
            if (plan.isEmpty() || activityRepository.countByPlanId(plan.get().getId()) > 0) {
                return;
            }
            var owner = Party.of(code);
            for (Demo demo : LOCAL.subList(0, 3 + index % 4)) {
                activities.add(YEAR, owner, details(demo, "LCCTHB " + code.value() + " (demo)", serves(demo)));
            }
            var target = NOT_APPROVED.getOrDefault(code.value(), PlanStatus.APPROVED);
            if (target != PlanStatus.DRAFT) {
                var submitted = plans.submit(YEAR, owner, plan.get().getVersion());
                if (target == PlanStatus.RETURNED) {
                    plans.returnWith(YEAR, owner, submitted.getVersion(),
                            "Demo: please add an indicator with a target to every activity.");
                } else if (target == PlanStatus.APPROVED) {
                    plans.approve(YEAR, owner, submitted.getVersion());
                    seedReports(owner, index);
                }
            }
            log.info("Demo mode: seeded the {} plan of {}", YEAR, code);
        });
    }

    /**
     * Quarterly reports of an approved plan in every state: Q1 accepted; Q2 accepted, returned or left
     * submitted (by the commission's place in the list); Q3 filled in but not submitted (a draft, overdue
     * since the year is past). Small, fictional figures.
     */
    private void seedReports(Party owner, int index) {
        var planActivities = activityRepository.findByPlanId(planRepository.findByCycleYearAndOwner(YEAR, owner.value())
                .orElseThrow().getId());
        for (int quarter = 1; quarter <= 3; quarter++) {
            for (Activity activity : planActivities) {
                progress.report(YEAR, owner, quarter, activity.getId(), 0, progressOf(activity, quarter, index));
            }
            if (quarter == 3) {
                break;
            }
            var report = reports.submit(YEAR, owner, quarter, reports.find(YEAR, owner, quarter).getVersion());
            if (quarter == 1 || index % 3 == 0) {
                reports.accept(YEAR, owner, quarter, report.getVersion());
            } else if (index % 3 == 1) {
                reports.returnWith(YEAR, owner, quarter, report.getVersion(),
                        "Demo: please give the number of people reached for every activity.");
            }
        }
    }

    private static ProgressDetails progressOf(Activity activity, int quarter, int index) {
        var lastQuarter = activity.getPlannedQuarters().isEmpty() ? 4
                : activity.getPlannedQuarters().get(activity.getPlannedQuarters().size() - 1);
        var status = quarter >= lastQuarter ? ActivityStatus.COMPLETED
                : activity.getPlannedQuarters().contains(quarter) ? ActivityStatus.IN_PROGRESS : ActivityStatus.NOT_STARTED;
        var values = activity.getIndicators().stream()
                .map(indicator -> new IndicatorValue(indicator.id(), BigDecimal.valueOf(quarter + index % 3L)))
                .collect(java.util.stream.Collectors.toSet());
        return new ProgressDetails(status, "Fictional demo progress for Q" + quarter + ".",
                status == ActivityStatus.NOT_STARTED ? 0 : 5 + index + quarter, List.of(), values);
    }

    private UUID serves(Demo demo) {
        var national = SERVES.get(demo.titleEn());
        if (national == null) {
            return null;
        }
        return activityRepository.findFirstByCycleYearAndOwnerAndTitleEn(YEAR, Party.NATIONAL_VALUE, national)
                .map(Activity::getId).orElse(null);
    }

    private static ActivityDetails details(Demo demo, String responsible, UUID serves) {
        var quarters = demo.quarters();
        var start = Quarter.firstDay(YEAR, quarters.get(0));
        var end = Quarter.lastDay(YEAR, quarters.get(quarters.size() - 1));
        // The name says what is counted, the unit how: the pages and exports show "name (unit)", so the name leaves it out.
        var indicator = new Indicator(null, "Брой", "Number", demo.unit(),
                BigDecimal.ZERO, BigDecimal.valueOf(demo.target()),
                Set.of("people trained", "sessions").contains(demo.unit()) ? IndicatorKind.INCREMENTAL : IndicatorKind.CUMULATIVE);
        return new ActivityDetails(demo.titleBg(), demo.titleEn(), "Fictional demo activity.", demo.section(), null,
                serves, List.of(responsible), List.of("Partner NGO (demo)"),
                new Financing("State budget (demo)", new BigDecimal("1000.00"), "BGN"), start, end, quarters,
                "Fictional demo outcome.", List.of(indicator));
    }
}
