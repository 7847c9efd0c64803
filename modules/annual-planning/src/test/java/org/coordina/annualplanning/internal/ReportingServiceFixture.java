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
import org.coordina.annualplanning.events.PlanOwner;
import org.coordina.sharedkernel.persistence.FieldChange;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.testsupport.InMemoryRepository;

/**
 * Annual planning's services wired by hand on in-memory repositories that publish what saving publishes,
 * a clock the test moves, and fakes of the small reporting queries: for Spring-free unit tests of
 * quarterly reporting. The fakes are nested here, so that they stay next to the one fixture using them.
 */
class ReportingServiceFixture {

    static final int YEAR = 2030;

    static final PlanOwner OWNER = new PlanOwner("ABC");

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-10T10:00:00Z"));

    final List<Object> published = new ArrayList<>();

    final RecordingHistory history = new RecordingHistory(clock);

    final Cycles cycleRepository = new Cycles(published);

    final PlanRows planRepository = new PlanRows(published);

    final Activities activityRepository = new Activities(published);

    final Reports reportRepository = new Reports(published);

    final Progress progressRepository = new Progress(published);

    final Queries queries = new Queries();

    final ReportingProperties properties = new ReportingProperties(null, ZoneId.of("Europe/Sofia"));

    final PlanningCycles cycles = new PlanningCycles(cycleRepository, planRepository, new NoCommissions(), history,
            clock);

    final Plans plans = new Plans(planRepository, activityRepository, cycles, history, clock,
            new QuarterlyReportSchedule(reportRepository, cycleRepository, history));

    final ActivityPlanning activities = new ActivityPlanning(activityRepository, plans, cycles, history, clock);

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
            added.add(activities.add(YEAR, PlanOwner.NATIONAL, details(title)));
        }
        return added;
    }

    /** The national plan approved with these activities; the events and history so far are cleared. */
    List<Activity> approvedNationalPlan(String... titles) {
        var added = nationalPlan(titles);
        var plan = plans.find(YEAR, PlanOwner.NATIONAL);
        var submitted = plans.submit(YEAR, PlanOwner.NATIONAL, plan.getVersion());
        plans.approve(YEAR, PlanOwner.NATIONAL, submitted.getVersion());
        published.clear();
        history.entries.clear();
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

    /** The history as the services record it: what changed, with the fields and the reason. */
    static class RecordingHistory extends PlanningHistory {

        record Entry(String type, UUID id, long version, String action, List<FieldChange> changes, String reason) {
        }

        final List<Entry> entries = new ArrayList<>();

        RecordingHistory(Clock clock) {
            super(null, null, clock);
        }

        @Override
        void changed(String type, UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after,
                String reason) {
            var changes = FieldChange.between(before, after);
            if (!changes.isEmpty() || reason != null) {
                entries.add(new Entry(type, id, version, action, changes, reason));
            }
        }

        @Override
        void created(String type, UUID id, long version, Map<String, ?> fields) {
            entries.add(new Entry(type, id, version, "created", FieldChange.created(fields), null));
        }

        @Override
        public List<HistoryEntry> of(List<UUID> ids) {
            return entries.stream().filter(entry -> ids.contains(entry.id()))
                    .map(entry -> new HistoryEntry(entry.type(), entry.id(), entry.version(), entry.action(),
                            entry.changes(), entry.reason(), "test", Instant.EPOCH))
                    .toList();
        }

        List<String> actions(String type) {
            return entries.stream().filter(entry -> entry.type().equals(type)).map(Entry::action).toList();
        }
    }

    static class Cycles extends InMemoryRepository<PlanningCycle> implements PlanningCycleRepository {

        Cycles(List<Object> published) {
            super(PlanningCycle.class, published);
        }

        @Override
        public Optional<PlanningCycle> findByYear(int year) {
            return where(cycle -> cycle.getYear() == year).stream().findFirst();
        }

        @Override
        public boolean existsByYear(int year) {
            return findByYear(year).isPresent();
        }

        @Override
        public List<PlanningCycle> findByStatus(CycleStatus status) {
            return where(cycle -> cycle.getStatus() == status);
        }
    }

    static class PlanRows extends InMemoryRepository<Plan> implements PlanRepository {

        PlanRows(List<Object> published) {
            super(Plan.class, published);
        }

        @Override
        public Optional<Plan> findByCycleYearAndOwner(int cycleYear, String owner) {
            return where(plan -> plan.getCycleYear() == cycleYear && plan.getOwner().value().equals(owner)).stream()
                    .findFirst();
        }

        @Override
        public boolean existsByCycleYearAndOwner(int cycleYear, String owner) {
            return findByCycleYearAndOwner(cycleYear, owner).isPresent();
        }

        @Override
        public List<Plan> findByCycleYear(int cycleYear) {
            return where(plan -> plan.getCycleYear() == cycleYear);
        }
    }

    static class Activities extends InMemoryRepository<Activity> implements ActivityRepository {

        Activities(List<Object> published) {
            super(Activity.class, published);
        }

        @Override
        public Optional<Activity> findByIdAndPlanId(UUID id, UUID planId) {
            return findById(id).filter(activity -> activity.getPlanId().equals(planId));
        }

        @Override
        public int countByPlanId(UUID planId) {
            return where(activity -> activity.getPlanId().equals(planId)).size();
        }
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
    }

    static class NoCommissions implements KnownCommissionRepository {

        @Override
        public boolean upsert(UUID id, String code, String nameBg, String nameEn, String status, long sourceVersion,
                Instant projectedAt) {
            return false;
        }

        @Override
        public List<KnownCommission> findActive() {
            return List.of();
        }

        @Override
        public List<KnownCommission> findByCode(String code) {
            return List.of();
        }
    }

    /** The reporting queries over the in-memory repositories; {@link #lockFree} says whether the overdue lock is free. */
    class Queries implements ReportingQueries {

        boolean lockFree = true;

        @Override
        public Optional<ReportGate> lockReport(int year, PlanOwner owner, int quarter) {
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
