package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.coordina.victimsupport.events.ProtectedFigure;
import org.junit.jupiter.api.Test;

/**
 * Example years of two small commissions protected jointly: no count from 1 to k−1 is published, published
 * figures are the raw ones, and no suppressed figure follows from the published ones.
 */
class LinkedTablesTests {

    private static final int K = 5;

    private static LinkedTablesRandomizedTests.Trial year(long seed, int published) {
        var random = new Random(seed);
        var raw = new TreeMap<String, Map<Integer, StatisticsTable>>();
        for (var commission : List.of("SOF", "VAR")) {
            var byQuarter = new HashMap<Integer, StatisticsTable>();
            for (var quarter = 1; quarter <= 4; quarter++) {
                byQuarter.put(quarter, SyntheticVictims.table(random, 2 + random.nextInt(14)));
            }
            raw.put(commission, byQuarter);
        }
        return new LinkedTablesRandomizedTests.Trial(raw, published, K);
    }

    @Test
    void noPublishedCountIsBetweenOneAndKMinusOne() {
        for (var seed = 1; seed <= 3; seed++) {
            LinkedTablesRandomizedTests.published(year(seed, 4).protect()).forEach((key, figure) -> {
                if (!figure.suppressed()) {
                    assertThat(figure.count()).as(key).matches(count -> count == 0 || count >= K);
                }
            });
        }
    }

    @Test
    void smallCountsAreSuppressedAndPublishedFiguresAreTheRawOnes() {
        var trial = year(7, 4);
        var published = LinkedTablesRandomizedTests.published(trial.protect());
        var raw = LinkedTablesRandomizedTests.published(LinkedTables.protect(1, trial.quarters(), 4));
        assertThat(raw.values()).noneMatch(ProtectedFigure::suppressed);
        assertThat(published.values()).anyMatch(ProtectedFigure::suppressed);
        assertThat(published.keySet()).isEqualTo(raw.keySet());
        published.forEach((key, figure) -> {
            var count = raw.get(key).count();
            if (count > 0 && count < K) {
                assertThat(figure.suppressed()).as(key).isTrue();
            }
            if (!figure.suppressed()) {
                assertThat(figure.count()).as(key).isEqualTo(count);
            }
        });
    }

    @Test
    void noSuppressedFigureFollowsFromThePublishedOnes() {
        for (var seed = 1; seed <= 3; seed++) {
            var trial = year(seed, 4);
            var published = LinkedTablesRandomizedTests.published(trial.protect());
            var hidden = new TreeSet<String>();
            published.forEach((key, figure) -> {
                if (figure.suppressed()) {
                    hidden.add(key);
                }
            });
            assertThat(LinearDisclosure.determined(LinkedTablesRandomizedTests.equations(published, trial), hidden))
                    .isEmpty();
        }
    }

    @Test
    void onlyThePeriodsOfClosedQuartersArePublished() {
        var linked = year(3, 2).protect();

        assertThat(linked.published(TablePeriod.Q2)).isTrue();
        assertThat(linked.published(TablePeriod.H1)).isTrue();
        assertThat(linked.published(TablePeriod.Q3)).isFalse();
        assertThat(linked.published(TablePeriod.YEAR)).isFalse();
        assertThat(linked.table("SOF", TablePeriod.Q3)).isEmpty();
        assertThat(linked.table(LinkedTables.NATIONAL, TablePeriod.H1)).isPresent();
        assertThat(linked.scopes()).contains("SOF", "VAR", LinkedTables.NATIONAL);
    }

    @Test
    void protectingTheSameYearTwiceHidesTheSameFigures() {
        var trial = year(5, 4);
        assertThat(trial.protect().hidden()).isEqualTo(trial.protect().hidden()).isNotEmpty();
    }
}
