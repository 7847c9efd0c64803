package org.coordina.victimsupport.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.persistence.FieldChange;
import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.testsupport.InMemoryRegisteredCommissions;
import org.coordina.testsupport.InMemoryRepository;

/** The module's application services over repositories in maps, a history in a list and a fixed clock. */
class InMemoryStores {

    static final Instant NOW = Instant.parse("2030-04-10T08:00:00Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final List<Object> published = new ArrayList<>();

    final InMemoryRegisteredCommissions known = new InMemoryRegisteredCommissions();

    final Services serviceRepository = new Services(published);

    final Activities activityRepository = new Activities(published);

    final Statistics statisticsRepository = new Statistics(published);

    final RecordedHistory history = new RecordedHistory();

    final DisclosureControl disclosure = new DisclosureControl(new DisclosureProperties(5));

    final CommissionRegister commissions = new CommissionRegister(known, clock);

    final SupportServices services = new SupportServices(serviceRepository, history, clock);

    final SupportActivities activities = new SupportActivities(activityRepository, services, commissions, disclosure,
            history, clock);

    final StatisticsSubmissions statistics = new StatisticsSubmissions(statisticsRepository, commissions, disclosure,
            history, clock);

    /** A commission the projection knows, active. */
    CommissionCode known(String code) {
        commissions.project(UUID.randomUUID(), CommissionCode.parse(code), "МКБТХ", "LCCTHB", CommissionStatus.ACTIVE, 1);
        return CommissionCode.parse(code);
    }

    @SuppressWarnings("unchecked")
    <T> List<T> published(Class<T> type) {
        return (List<T>) published.stream().filter(type::isInstance).toList();
    }

    /** Support services in a map. */
    static class Services extends InMemoryRepository<SupportService> implements SupportServiceRepository {

        Services(List<Object> published) {
            super(SupportService.class, published);
        }

        @Override
        public Optional<SupportService> findFirstByNameEn(String nameEn) {
            return where(service -> service.details().nameEn().equals(nameEn)).stream().findFirst();
        }
    }

    /** Support activities in a map. */
    static class Activities extends InMemoryRepository<SupportActivity> implements SupportActivityRepository {

        Activities(List<Object> published) {
            super(SupportActivity.class, published);
        }

        @Override
        public boolean existsByCommissionCode(String commissionCode) {
            return !where(activity -> activity.getCommission().value().equals(commissionCode)).isEmpty();
        }
    }

    /** Victim statistics in a map. */
    static class Statistics extends InMemoryRepository<VictimStatistics> implements VictimStatisticsRepository {

        Statistics(List<Object> published) {
            super(VictimStatistics.class, published);
        }

        @Override
        public Optional<VictimStatistics> findByCommissionCodeAndYearAndQuarter(String commissionCode, int year,
                int quarter) {
            return where(s -> s.getCommission().value().equals(commissionCode) && s.getYear() == year
                    && s.getQuarter() == quarter).stream().findFirst();
        }
    }

    /** The history in a list, by the signed-in nobody. */
    static class RecordedHistory extends VictimSupportHistory {

        final List<HistoryEntry> entries = new ArrayList<>();

        RecordedHistory() {
            super(null, null, Clock.fixed(NOW, ZoneOffset.UTC));
        }

        @Override
        void changed(String type, UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after,
                String reason) {
            entries.add(new HistoryEntry(type, id, version, action, FieldChange.between(before, after), reason,
                    "system", NOW));
        }

        @Override
        void created(String type, UUID id, long version, String action, Map<String, ?> fields) {
            entries.add(new HistoryEntry(type, id, version, action, FieldChange.created(fields), null, "system", NOW));
        }

        @Override
        List<HistoryEntry> of(UUID id) {
            return entries.stream().filter(entry -> entry.aggregateId().equals(id)).toList();
        }
    }
}
