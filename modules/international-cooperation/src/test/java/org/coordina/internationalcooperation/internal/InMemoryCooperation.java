package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.HistoryEntry;
import org.coordina.testsupport.InMemoryRepository;

/** The module's repositories, history and lock in memory, with the rules of their SQL, for the services' unit tests. */
final class InMemoryCooperation {

    private InMemoryCooperation() {
    }

    static final class Partners extends InMemoryRepository<Partner> implements PartnerRepository {

        Partners(List<Object> published) {
            super(Partner.class, published);
        }

        @Override
        public int countExisting(Collection<UUID> ids) {
            return (int) ids.stream().filter(this::existsById).count();
        }
    }

    static final class Agreements extends InMemoryRepository<Agreement> implements AgreementRepository {

        Agreements(List<Object> published) {
            super(Agreement.class, published);
        }

        @Override
        public List<UUID> findToAnnounce(LocalDate today, LocalDate horizon) {
            return where(a -> a.getStatus() == AgreementStatus.IN_FORCE && a.getValidTo() != null
                    && (a.getValidTo().isBefore(today) || !a.getValidTo().isAfter(horizon)))
                    .stream().map(Agreement::getId).toList();
        }
    }

    static final class Activities extends InMemoryRepository<CooperationActivity>
            implements CooperationActivityRepository {

        Activities(List<Object> published) {
            super(CooperationActivity.class, published);
        }
    }

    static final class Obligations extends InMemoryRepository<ReportingObligation>
            implements ReportingObligationRepository {

        Obligations(List<Object> published) {
            super(ReportingObligation.class, published);
        }

        @Override
        public List<UUID> findToAnnounce(LocalDate today, LocalDate horizon) {
            return where(o -> o.getOccurrences().stream().anyMatch(x -> x.status() == OccurrenceStatus.OPEN
                    && (x.dueOn().isBefore(today) || x.dueSoonAnnouncedAt() == null && !x.dueOn().isAfter(horizon))))
                    .stream().map(ReportingObligation::getId).toList();
        }

        @Override
        public List<ReportingObligation> findByTitleEn(String titleEn) {
            return where(o -> o.getTitleEn().equals(titleEn));
        }
    }

    static final class Initiatives extends InMemoryRepository<LegislativeInitiative>
            implements LegislativeInitiativeRepository {

        Initiatives(List<Object> published) {
            super(LegislativeInitiative.class, published);
        }

        @Override
        public List<LegislativeInitiative> findByEuAct(String euAct) {
            return where(i -> euAct.equals(i.getEuAct()));
        }
    }

    /** The history as lines "type version action [reason]". */
    static final class History extends CooperationHistory {

        final List<String> lines = new ArrayList<>();

        final Map<UUID, List<String>> byAggregate = new java.util.HashMap<>();

        History() {
            super(null, null, null);
        }

        @Override
        void created(String type, UUID id, long version, String action, Map<String, ?> fields) {
            lines.add(type + " " + version + " " + action);
            byAggregate.computeIfAbsent(id, key -> new ArrayList<>()).add(action);
        }

        @Override
        void changed(String type, UUID id, long version, String action, Map<String, ?> before, Map<String, ?> after,
                String reason) {
            lines.add(type + " " + version + " " + action + (reason == null ? "" : " (" + reason + ")"));
            byAggregate.computeIfAbsent(id, key -> new ArrayList<>()).add(action);
        }

        @Override
        public List<HistoryEntry> of(UUID id) {
            return List.of();
        }
    }

    /** A lock that another instance may hold. */
    static final class Lock extends JdbcAnnouncementLock {

        boolean heldElsewhere;

        Lock() {
            super(null);
        }

        @Override
        boolean tryLock(long key) {
            return !heldElsewhere;
        }
    }
}
