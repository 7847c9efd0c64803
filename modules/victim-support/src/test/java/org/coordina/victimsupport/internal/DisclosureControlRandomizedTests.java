package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.ProtectedStatistics;

/**
 * Properties of the disclosure control over random consistent tables (seeded, so a failure names the trial
 * that reproduces it): no published count below k, no
 * suppressed count recoverable from the published ones (checked with exact linear algebra over equations
 * this test writes itself), and every published figure is the raw one.
 */
class DisclosureControlRandomizedTests {

    private static final long SEED = 20_211_001L;

    /** Random trials (seed of the table, victims 0..80, k 3..10), each reported with its inputs on failure. */
    private static void forRandomTables(int trials, TrialCheck check) {
        var random = new Random(SEED);
        for (var trial = 0; trial < trials; trial++) {
            var seed = random.nextLong();
            var victims = random.nextInt(81);
            var k = 3 + random.nextInt(8);
            try {
                check.run(seed, victims, k);
            }
            catch (AssertionError e) {
                throw new AssertionError("Trial " + trial + " (seed " + seed + ", " + victims + " victims, k " + k + ")",
                        e);
            }
        }
    }

    /** One trial's check. */
    @FunctionalInterface
    interface TrialCheck {

        void run(long seed, int victims, int k);
    }


    @Test
    void noPublishedCountIsBetweenOneAndKMinusOne() {
        forRandomTables(300, (seed, victims, k) -> {
            var published = protect(seed, victims, k);
            figures(published).values().forEach(figure -> {
                if (!figure.suppressed()) {
                    assertThat(figure.count()).isNotNull().satisfiesAnyOf(count -> assertThat(count).isZero(),
                            count -> assertThat(count).isGreaterThanOrEqualTo(k));
                }
                else {
                    assertThat(figure.count()).isNull();
                }
            });
        });
    }

    @Test
    void noSuppressedCountCanBeDerivedFromThePublishedOnes() {
        forRandomTables(300, (seed, victims, k) -> {
            var figures = figures(protect(seed, victims, k));
            var hidden = figures.entrySet().stream().filter(entry -> entry.getValue().suppressed()).map(Map.Entry::getKey)
                    .toList();
            var equations = equations();
            for (var equation : equations) {
                assertThat(equation.stream().filter(hidden::contains).count()).as("hidden figures in %s", equation)
                        .isNotEqualTo(1);
            }
            var matrix = restricted(equations, hidden);
            var rank = rank(matrix);
            for (var i = 0; i < hidden.size(); i++) {
                var extended = new ArrayList<>(matrix);
                var unit = new BigInteger[hidden.size()];
                java.util.Arrays.fill(unit, BigInteger.ZERO);
                unit[i] = BigInteger.ONE;
                extended.add(unit);
                assertThat(rank(extended)).as("%s is determined by the published figures", hidden.get(i))
                        .isEqualTo(rank + 1);
            }
        });
    }

    @Test
    void everyPublishedFigureIsTheRawOneSoThatPublishedTotalsAddUp() {
        forRandomTables(200, (seed, victims, k) -> {
            var table = SyntheticVictims.table(new Random(seed), victims);
            var published = figures(new DisclosureControl(new DisclosureProperties(k)).protect(table));
            var raw = figures(new DisclosureControl(new DisclosureProperties(k)).raw(table));
            published.forEach((key, figure) -> {
                assertThat(raw.get(key).suppressed()).isFalse();
                if (!figure.suppressed()) {
                    assertThat(figure.count()).as(key).isEqualTo(raw.get(key).count());
                }
            });
            for (var equation : equations()) {
                if (equation.stream().noneMatch(key -> published.get(key).suppressed())) {
                    var parts = equation.subList(0, equation.size() - 1).stream()
                            .mapToInt(key -> published.get(key).count()).sum();
                    assertThat(parts).isEqualTo(published.get(equation.get(equation.size() - 1)).count());
                }
            }
        });
    }

    private static ProtectedStatistics protect(long seed, int victims, int k) {
        return new DisclosureControl(new DisclosureProperties(k)).protect(SyntheticVictims.table(new Random(seed),
                victims));
    }

    /** Every published figure by a key of this test's own: "total", "dimension=value", "tabulation:row:column". */
    static Map<String, ProtectedFigure> figures(ProtectedStatistics statistics) {
        var figures = new HashMap<String, ProtectedFigure>();
        figures.put("total", statistics.total());
        statistics.margins().forEach(margin -> figures.put(margin.dimension() + "=" + margin.value(), margin.figure()));
        statistics.cells().forEach(cell -> figures.put(cell.tabulation() + ":" + cell.row() + ":" + cell.column(),
                cell.figure()));
        return figures;
    }

    /** Each equation: its parts, then the figure they sum to. */
    static List<List<String>> equations() {
        var equations = new ArrayList<List<String>>();
        for (var dimension : Dimension.values()) {
            var equation = new ArrayList<String>();
            dimension.categories().forEach(value -> equation.add(dimension + "=" + value));
            equation.add("total");
            equations.add(equation);
        }
        for (var tabulation : Tabulation.values()) {
            for (var row : tabulation.rows().categories()) {
                var equation = new ArrayList<String>();
                tabulation.columns().categories().forEach(column -> equation.add(tabulation + ":" + row + ":" + column));
                equation.add(tabulation.rows() + "=" + row);
                equations.add(equation);
            }
            for (var column : tabulation.columns().categories()) {
                var equation = new ArrayList<String>();
                tabulation.rows().categories().forEach(row -> equation.add(tabulation + ":" + row + ":" + column));
                equation.add(tabulation.columns() + "=" + column);
                equations.add(equation);
            }
        }
        return equations;
    }

    private static List<BigInteger[]> restricted(List<List<String>> equations, List<String> hidden) {
        var rows = new ArrayList<BigInteger[]>();
        for (var equation : equations) {
            var row = new BigInteger[hidden.size()];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            for (var i = 0; i < equation.size(); i++) {
                var index = hidden.indexOf(equation.get(i));
                if (index >= 0) {
                    row[index] = row[index].add(BigInteger.valueOf(i == equation.size() - 1 ? -1 : 1));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Exact rank by fraction-free elimination. */
    private static int rank(List<BigInteger[]> input) {
        var rows = input.stream().map(BigInteger[]::clone).toList();
        var columns = rows.isEmpty() ? 0 : rows.get(0).length;
        var rank = 0;
        for (var c = 0; c < columns && rank < rows.size(); c++) {
            var pivot = -1;
            for (var r = rank; r < rows.size() && pivot < 0; r++) {
                if (rows.get(r)[c].signum() != 0) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            var swap = rows.get(rank);
            var lead = rows.get(pivot);
            System.arraycopy(lead, 0, lead, 0, columns);
            var leadCopy = lead.clone();
            System.arraycopy(swap, 0, lead, 0, columns);
            System.arraycopy(leadCopy, 0, swap, 0, columns);
            for (var r = rank + 1; r < rows.size(); r++) {
                var factor = rows.get(r)[c];
                if (factor.signum() != 0) {
                    for (var j = 0; j < columns; j++) {
                        rows.get(r)[j] = rows.get(r)[j].multiply(swap[c]).subtract(swap[j].multiply(factor));
                    }
                    var gcd = java.util.Arrays.stream(rows.get(r)).reduce(BigInteger.ZERO, BigInteger::gcd);
                    if (gcd.signum() != 0) {
                        for (var j = 0; j < columns; j++) {
                            rows.get(r)[j] = rows.get(r)[j].divide(gcd);
                        }
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
