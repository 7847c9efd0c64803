package org.coordina.annualplanning.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coordina.annualplanning.events.ActivityStatus;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.sharedkernel.persistence.FieldChange;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.testsupport.InMemoryRegisteredCommissions;
import org.coordina.testsupport.InMemoryRepository;
import org.coordina.testsupport.MutableClock;

/**
 * Annual planning's services wired by hand on in-memory repositories that publish what saving publishes,
 * a clock the test moves, and fakes of the small reporting queries: for Spring-free unit tests of
 * quarterly reporting. The fakes are nested here, so that they stay next to the one fixture using them.
 */
class ReportingServiceFixture {

    static final int YEAR = 2030;

    static final Party OWNER = new Party("ABC");

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-10T10:00:00Z"));

    final List<Object> published = new ArrayList<>();

    final InMemoryHistory store = new InMemoryHistory(clock);

    final PlanningHistory history = new PlanningHistory(store);

    final InMemoryCycles cycleRepository = new InMemoryCycles(published);

    final InMemoryPlans planRepository = new InMemoryPlans(published);

    final InMemoryActivities activityRepository = new InMemoryActivities(published);

    final Reports reportRepository = new Reports(published);

    final Progress progressRepository = new Progress(published);

    final Queries queries = new Queries();

    final ReportingProperties properties = new ReportingProperties(null, ZoneId.of("Europe/Sofia"));

    final PlanningCycles cycles = new PlanningCycles(cycleRepository, planRepository,
            new CommissionRegister(new InMemoryRegisteredCommissions(), clock), history, clock);

    final Plans plans = new Plans(planRepository, activityRepository, cycles, history, clock,
            new QuarterlyReportSchedule(reportRepository, cycleRepository, history));

    final ActivityPlanning activities = new ActivityPlanning(activityRepository, progressRepository, plans, cycles,
            history, clock);

    final QuarterlyReports reports = new QuarterlyReports(reportRepository, progressRepository, plans, queries,
            history, clock, properties);

    final ActivityProgressReporting progress = new ActivityProgressReporting(progressRepository, reports, queries,
            history, clock);

    /** An open cycle with the national plan, which has these activities (by title; each with an incremental indicator). */
    List<Activity> nationalPlan(String... titles) {
        var cycle = cycles.draft(YEAR, null, null);
        cycles.open(YEAR, cycle.getVersion());
        var added = new ArrayList<Activity>();
        for (String title : titles) {
            added.add(activities.add(YEAR, Party.NATIONAL, details(title)));
        }
        return added;
    }

    /** The national plan approved with these activities; the events and history so far are cleared. */
    List<Activity> approvedNationalPlan(String... titles) {
        var added = nationalPlan(titles);
        var plan = plans.find(YEAR, Party.NATIONAL);
        var submitted = plans.submit(YEAR, Party.NATIONAL, plan.getVersion());
        plans.approve(YEAR, Party.NATIONAL, submitted.getVersion());
        published.clear();
        store.entries.clear();
        return added;
    }

    static ActivityDetails details(String title) {
        return new ActivityDetails(title + " (bg)", title, "Described", "II", null, null, List.of("Commission"),
                List.of(), null, LocalDate.of(YEAR, 1, 15), LocalDate.of(YEAR, 12, 15), List.of(1, 2, 3, 4), "Outcomes",
                List.of(new Indicator(null, "Участници", "Participants", "people", BigDecimal.ZERO, new BigDecimal("100"),
                        IndicatorKind.INCREMENTAL)));
    }

    <E> List<E> events(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static class Reports extends InMemoryRepository<QuarterlyReport> implements QuarterlyReportRepository {

        Reports(List<Object> published) {
            super(QuarterlyReport.class, published);
        }

        @Override
        public List<QuarterlyReport> findByPlanIdOrderByQuarter(UUID planId) {
            return where(report -> report.getPlanId().equals(planId)).stream()
                    .sorted(Comparator.comparingInt(QuarterlyReport::getQuarter)).toList();
        }

        @Override
        public Optional<QuarterlyReport> findByPlanIdAndQuarter(UUID planId, int quarter) {
            return where(report -> report.getPlanId().equals(planId) && report.getQuarter() == quarter).stream()
                    .findFirst();
        }

        @Override
        public Optional<QuarterlyReport> findForUpdateByPlanIdAndQuarter(UUID planId, int quarter) {
            return findByPlanIdAndQuarter(planId, quarter);
        }

        @Override
        public List<QuarterlyReport> findOverdue(LocalDate today) {
            return where(report -> report.getStatus().isEditable() && report.getOverdueNotifiedAt() == null
                    && report.getDueOn().isBefore(today));
        }

        @Override
        public List<QuarterlyReport> findDueSoon(LocalDate from, LocalDate to) {
            return where(report -> report.getStatus().isEditable() && report.getDueSoonNotifiedAt() == null
                    && !report.getDueOn().isBefore(from) && !report.getDueOn().isAfter(to));
        }
    }

    static class Progress extends InMemoryRepository<ActivityProgress> implements ActivityProgressRepository {

        Progress(List<Object> published) {
            super(ActivityProgress.class, published);
        }

        @Override
        public Optional<ActivityProgress> findByReportIdAndActivityId(UUID reportId, UUID activityId) {
            return where(entry -> entry.getReportId().equals(reportId) && entry.getActivityId().equals(activityId))
                    .stream().findFirst();
        }

        @Override
        public List<UUID> findIdsByReportId(UUID reportId) {
            return where(entry -> entry.getReportId().equals(reportId)).stream().map(ActivityProgress::getId).toList();
        }

        @Override
        public List<UUID> findReportedIndicatorIds(UUID activityId) {
            return where(entry -> entry.getActivityId().equals(activityId)).stream()
                    .flatMap(entry -> entry.getIndicatorValues().stream()).map(IndicatorValue::indicatorId).distinct()
                    .toList();
        }

        @Override
        public Optional<ActivityProgress> findEntry(UUID reportId, UUID activityId) {
            return findByReportIdAndActivityId(reportId, activityId);
        }

        /** Saves as Spring Data would (the version check of the SQL write path is the service's here). */
        @Override
        public ActivityProgress record(ActivityProgress entry, Set<IndicatorValue> storedValues) {
            return save(entry);
        }
    }

    /** The reporting queries over the in-memory repositories; {@link #lockFree} says whether the overdue lock is free. */
    class Queries implements ReportingQueries {

        boolean lockFree = true;

        @Override
        public Optional<ReportGate> lockReport(int year, Party owner, int quarter) {
            var cycle = cycleRepository.findByYear(year);
            return reportRepository.where(report -> report.getCycleYear() == year && report.getOwner().equals(owner)
                    && report.getQuarter() == quarter).stream().findFirst()
                    .map(report -> new ReportGate(report.getId(), report.getPlanId(), year, owner, quarter,
                            report.getStatus(), cycle.orElseThrow().getStatus()));
        }

        @Override
        public Optional<Set<UUID>> indicatorsOf(UUID planId, UUID activityId) {
            return activityRepository.findByIdAndPlanId(activityId, planId).map(activity -> {
                var ids = new HashSet<UUID>();
                activity.getIndicators().forEach(indicator -> ids.add(indicator.id()));
                return ids;
            });
        }

        @Override
        public Optional<Set<UUID>> lockIndicatorsOf(UUID planId, UUID activityId) {
            return indicatorsOf(planId, activityId);
        }

        @Override
        public Map<ActivityStatus, Integer> countByStatus(UUID planId, UUID reportId) {
            var counts = new EnumMap<ActivityStatus, Integer>(ActivityStatus.class);
            for (Activity activity : activityRepository.where(activity -> activity.getPlanId().equals(planId))) {
                var status = progressRepository.findByReportIdAndActivityId(reportId, activity.getId())
                        .map(ActivityProgress::getStatus).orElse(ActivityStatus.NOT_STARTED);
                counts.merge(status, 1, Integer::sum);
            }
            return counts;
        }

        @Override
        public boolean tryLockOverdueRound() {
            return lockFree;
        }
    }
}
