package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.coordina.victimsupport.events.ProtectedFigure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The protected year is computed once and reused exactly while the database fingerprint of its submissions
 * is unchanged; a few years are kept; a result read inside a writing transaction is never kept.
 */
class PublishedStatisticsTests {

    private final Submissions submissions = new Submissions();

    private final PublishedStatistics published = new PublishedStatistics(submissions,
            new DisclosureControl(new DisclosureProperties(5)));

    @AfterEach
    void leaveNoTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    @Test
    void twoReadsOfAnUnchangedYearProtectItOnce() {
        submissions.accept(2030, "SOF", 1, 40);

        var first = published.year(2030);
        var second = published.year(2030);

        assertThat(second).isSameAs(first);
        assertThat(published.computations()).isEqualTo(1);
        assertThat(submissions.reads).isEqualTo(1);
    }

    @Test
    void aCorrectionIsVisibleOnTheNextRead() {
        submissions.accept(2030, "SOF", 1, 40);
        assertThat(total(published.year(2030))).isEqualTo(ProtectedFigure.of(40));

        submissions.accept(2030, "SOF", 1, 17);

        assertThat(total(published.year(2030))).isEqualTo(ProtectedFigure.of(17));
        assertThat(published.computations()).isEqualTo(2);
    }

    @Test
    void eachYearIsKeptOnItsOwn() {
        submissions.accept(2030, "SOF", 1, 40);
        submissions.accept(2031, "SOF", 1, 25);

        assertThat(total(published.year(2030))).isEqualTo(ProtectedFigure.of(40));
        assertThat(total(published.year(2031))).isEqualTo(ProtectedFigure.of(25));
        assertThat(total(published.year(2030))).isEqualTo(ProtectedFigure.of(40));
        assertThat(published.computations()).isEqualTo(2);
    }

    @Test
    void onlyTheMostRecentlyReadYearsAreKept() {
        for (var year = 2030; year <= 2030 + PublishedStatistics.YEARS_KEPT; year++) {
            submissions.accept(year, "SOF", 1, 30);
        }
        published.year(2030);
        for (var year = 2031; year < 2030 + PublishedStatistics.YEARS_KEPT; year++) {
            published.year(year);
        }
        published.year(2030); // read again: the least recently read is now 2031
        published.year(2030 + PublishedStatistics.YEARS_KEPT);
        var computed = published.computations();

        published.year(2030);
        assertThat(published.computations()).as("2030 still kept").isEqualTo(computed);
        published.year(2031);
        assertThat(published.computations()).as("2031 evicted").isEqualTo(computed + 1);
    }

    @Test
    void aYearReadInsideAWritingTransactionIsNotKept() {
        submissions.accept(2030, "SOF", 1, 40);
        TransactionSynchronizationManager.setActualTransactionActive(true);

        published.year(2030);
        published.year(2030);

        assertThat(published.computations()).isEqualTo(2);
    }

    @Test
    void aYearReadInsideAReadOnlyTransactionIsKept() {
        submissions.accept(2030, "SOF", 1, 40);
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);

        published.year(2030);
        published.year(2030);

        assertThat(published.computations()).isEqualTo(1);
    }

    private static ProtectedFigure total(LinkedTables tables) {
        return tables.table(LinkedTables.NATIONAL, TablePeriod.Q1).orElseThrow().total();
    }

    /** Accepted quarters in memory, with a fingerprint that changes with every acceptance. */
    private static final class Submissions extends StatisticsTablesQuery {

        private final Map<Integer, Map<String, Map<Integer, StatisticsTable>>> years = new HashMap<>();

        private final Map<Integer, Integer> changes = new HashMap<>();

        private int reads;

        Submissions() {
            super(null);
        }

        void accept(int year, String commission, int quarter, int victims) {
            years.computeIfAbsent(year, any -> new TreeMap<>()).computeIfAbsent(commission, any -> new TreeMap<>())
                    .put(quarter, SyntheticVictims.table(new Random(victims), victims));
            changes.merge(year, 1, Integer::sum);
        }

        @Override
        public String publicationFingerprint(int year) {
            return "changes " + changes.getOrDefault(year, 0);
        }

        @Override
        public Map<String, Map<Integer, StatisticsTable>> acceptedQuarters(int year) {
            reads++;
            return years.getOrDefault(year, Map.of());
        }

        @Override
        public int closedQuarters(int year) {
            return years.containsKey(year) ? 1 : 0;
        }
    }
}
