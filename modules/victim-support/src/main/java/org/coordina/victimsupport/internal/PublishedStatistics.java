package org.coordina.victimsupport.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The victim statistics of a year as published: the accepted raw counts of the quarters that are closed (in
 * order from Q1, a quarter with at least one accepted submission and none still in draft or submitted), and
 * the half-years and year they complete, protected together as one {@link LinkedTables} system.
 * <p>
 * Protecting a year costs seconds of CPU, so the result is kept per year together with the database
 * fingerprint of the submissions it was computed from, and reused only while that fingerprint is unchanged:
 * every instance reads the fingerprint on each request, so none serves a table older than the last
 * committed acceptance or correction. Only a few years are kept.
 */
@Component
public class PublishedStatistics {

    static final int YEARS_KEPT = 4;

    private final StatisticsTablesQuery query;

    private final DisclosureControl disclosure;

    private final Map<Integer, Published> years = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Published> eldest) {
            return size() > YEARS_KEPT;
        }
    };

    private final AtomicLong computations = new AtomicLong();

    PublishedStatistics(StatisticsTablesQuery query, DisclosureControl disclosure) {
        this.query = query;
        this.disclosure = disclosure;
    }

    /**
     * The year's published tables, protected jointly. Read in one snapshot so that the fingerprint describes
     * exactly the counts that were protected.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LinkedTables year(int year) {
        var fingerprint = query.publicationFingerprint(year) + "|k=" + disclosure.minimumCellSize();
        var kept = kept(year);
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            return kept.tables();
        }
        computations.incrementAndGet();
        var tables = LinkedTables.protect(disclosure.minimumCellSize(), query.acceptedQuarters(year),
                query.closedQuarters(year));
        if (!insideWritingTransaction()) {
            keep(year, new Published(fingerprint, tables));
        }
        return tables;
    }

    /** How many times a year was protected from scratch; for tests of the reuse. */
    long computations() {
        return computations.get();
    }

    private synchronized Published kept(int year) {
        return years.get(year);
    }

    private synchronized void keep(int year, Published published) {
        years.put(year, published);
    }

    /**
     * Joined into a writing transaction, the counts may be uncommitted and could roll back while a later
     * commit reaches the same versions; such a result is never kept.
     */
    private static boolean insideWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private record Published(String fingerprint, LinkedTables tables) {
    }
}
