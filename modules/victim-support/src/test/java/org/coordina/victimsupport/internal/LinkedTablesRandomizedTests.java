package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.junit.jupiter.api.Test;

/**
 * Properties of the joint protection of a year over random linked systems (seeded; a failure names the trial):
 * random raw tables for several commissions and quarters, all their published tables (every commission and
 * national × Q1..Q4, H1, H2, YEAR) checked together, through the published figures only and equations this
 * test writes itself: no published count below k, published figures are the raw ones and add up across
 * tables, periods and scopes, and no suppressed figure is determined, by the audit and, on small systems,
 * by an LP that finds each suppressed figure's feasible interval (counts non-negative) wider than a point.
 */
class LinkedTablesRandomizedTests {

    private static final long SEED = 20_211_231L;

    private static final List<String> PERIODS = List.of("Q1", "Q2", "Q3", "Q4", "H1", "H2", "YEAR");

    /** One trial: raw tables of some commissions and quarters, how many quarters are published, k. */
    record Trial(Map<String, Map<Integer, StatisticsTable>> quarters, int published, int k) {

        LinkedTables protect() {
            return LinkedTables.protect(k, quarters, published);
        }
    }

    private static void forRandomYears(int trials, int commissions, int victims, java.util.function.Consumer<Trial> check) {
        forRandomYears(trials, commissions, victims, 4, check);
    }

    private static void forRandomYears(int trials, int commissions, int victims, int quarters,
            java.util.function.Consumer<Trial> check) {
        var random = new Random(SEED + commissions * 31L + victims);
        for (var trial = 0; trial < trials; trial++) {
            var raw = new TreeMap<String, Map<Integer, StatisticsTable>>();
            var count = 1 + random.nextInt(commissions);
            for (var c = 0; c < count; c++) {
                var byQuarter = new HashMap<Integer, StatisticsTable>();
                for (var quarter = 1; quarter <= 4; quarter++) {
                    if (random.nextInt(5) > 0) {
                        byQuarter.put(quarter, SyntheticVictims.table(random, random.nextInt(victims + 1)));
                    }
                }
                raw.put("C" + c, byQuarter);
            }
            var published = 1 + random.nextInt(quarters);
            var k = 3 + random.nextInt(5);
            try {
                check.accept(new Trial(raw, published, k));
            }
            catch (AssertionError e) {
                throw new AssertionError("Trial " + trial + " (" + count + " commissions, " + published
                        + " quarters published, k " + k + ")", e);
            }
        }
    }

    @Test
    void noPublishedCountInTheLinkedSystemIsBetweenOneAndKMinusOne() {
        forRandomYears(25, 4, 30, trial -> published(trial.protect()).forEach((key, figure) -> {
            if (!figure.suppressed()) {
                assertThat(figure.count()).as(key).satisfiesAnyOf(count -> assertThat(count).isZero(),
                        count -> assertThat(count).isGreaterThanOrEqualTo(trial.k()));
            }
        }));
    }

    @Test
    void publishedFiguresAreTheRawOnesAndAddUpAcrossTablesPeriodsAndScopes() {
        forRandomYears(15, 4, 30, trial -> {
            var published = published(trial.protect());
            // k = 1: nothing is below it, so nothing is suppressed: the raw figures.
            var raw = published(LinkedTables.protect(1, trial.quarters(), trial.published()));
            for (var equation : equations(published, trial)) {
                var total = equation.get(equation.size() - 1);
                var parts = equation.subList(0, equation.size() - 1).stream().mapToInt(key -> raw.get(key).count())
                        .sum();
                assertThat(parts).as("%s", equation).isEqualTo(raw.get(total).count());
                if (equation.stream().noneMatch(key -> published.get(key).suppressed())) {
                    assertThat(equation.subList(0, equation.size() - 1).stream()
                            .mapToInt(key -> published.get(key).count()).sum()).isEqualTo(published.get(total).count());
                }
            }
            published.forEach((key, figure) -> {
                assertThat(raw.get(key).suppressed()).isFalse();
                if (!figure.suppressed()) {
                    assertThat(figure.count()).as(key).isEqualTo(raw.get(key).count());
                }
            });
        });
    }

    @Test
    void noSuppressedFigureIsDeterminedByAllPublishedFiguresTogether() {
        forRandomYears(25, 4, 30, trial -> {
            var published = published(trial.protect());
            var hidden = published.entrySet().stream().filter(entry -> entry.getValue().suppressed())
                    .map(Map.Entry::getKey).sorted().toList();
            assertThat(LinearDisclosure.determined(equations(published, trial), new java.util.TreeSet<>(hidden)))
                    .isEmpty();
        });
    }

    @Test
    void everySuppressedFigureOfASmallSystemHasAFeasibleIntervalWiderThanAPoint() {
        forRandomYears(3, 2, 8, 2, trial -> {
            var published = published(trial.protect());
            var hidden = published.entrySet().stream().filter(entry -> entry.getValue().suppressed())
                    .map(Map.Entry::getKey).sorted().toList();
            var index = new HashMap<String, Integer>();
            hidden.forEach(key -> index.put(key, index.size()));
            var constraints = new ArrayList<LinearConstraint>();
            for (var equation : equations(published, trial)) {
                var coefficients = new double[hidden.size()];
                var constant = 0.0;
                var any = false;
                for (var i = 0; i < equation.size(); i++) {
                    var sign = i == equation.size() - 1 ? -1 : 1;
                    var figure = published.get(equation.get(i));
                    if (figure.suppressed()) {
                        coefficients[index.get(equation.get(i))] += sign;
                        any = true;
                    }
                    else {
                        constant -= sign * figure.count();
                    }
                }
                if (any) {
                    constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
                }
            }
            // The primary (sensitive) figures first; a sample keeps the LPs few.
            var checked = hidden.stream().sorted(java.util.Comparator.comparing((String key) -> !primary(key, trial)))
                    .limit(12).toList();
            for (var key : checked) {
                var objective = new double[hidden.size()];
                objective[index.get(key)] = 1;
                var low = solve(objective, constraints, GoalType.MINIMIZE);
                var high = solve(objective, constraints, GoalType.MAXIMIZE);
                assertThat(high - low).as("feasible interval of %s: [%s, %s]", key, low, high).isGreaterThan(0.5);
            }
        });
    }

    private static boolean primary(String key, Trial trial) {
        var raw = published(LinkedTables.protect(1, trial.quarters(), trial.published())).get(key).count();
        return raw > 0 && raw < trial.k();
    }

    private static double solve(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        var bounded = new ArrayList<>(constraints);
        // Bounded so that the maximum exists; far above any count of these trials.
        var ones = new double[objective.length];
        java.util.Arrays.fill(ones, 1);
        bounded.add(new LinearConstraint(ones, Relationship.LEQ, 10_000));
        return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(bounded), goal, new NonNegativeConstraint(true)).getValue();
    }

    @Test
    void protectingAFullYearOfElevenCommissionsIsFastAndStable() {
        var random = new Random(SEED);
        var quarters = new TreeMap<String, Map<Integer, StatisticsTable>>();
        for (var c = 0; c < 11; c++) {
            var byQuarter = new HashMap<Integer, StatisticsTable>();
            for (var quarter = 1; quarter <= 4; quarter++) {
                byQuarter.put(quarter, SyntheticVictims.table(random, random.nextInt(41)));
            }
            quarters.put("C" + c, byQuarter);
        }
        var started = System.nanoTime();
        var year = LinkedTables.protect(5, quarters, 4);
        var millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Joint protection of a full year (11 commissions + national x 7 periods): %d ms, %d figures,"
                + " %d equations, %d suppressed%n", millis, year.values().size(), year.lines().size(),
                year.hidden().size());
        assertThat(millis).isLessThan(20_000);
        var firstQuarterOnly = LinkedTables.protect(5, quarters, 1);
        for (var scope : year.scopes()) {
            assertThat(year.table(scope, TablePeriod.Q1)).as("Q1 of %s is the same after the year", scope)
                    .isEqualTo(firstQuarterOnly.table(scope, TablePeriod.Q1));
        }
        assertThat(LinkedTables.protect(5, quarters, 4).hidden()).isEqualTo(year.hidden());
    }

    /** Every published figure of every scope and period by this test's own key: scope/period/figure. */
    static Map<String, ProtectedFigure> published(LinkedTables linked) {
        var figures = new HashMap<String, ProtectedFigure>();
        for (var scope : linked.scopes()) {
            for (var period : TablePeriod.values()) {
                linked.table(scope, period).ifPresent(table -> DisclosureControlRandomizedTests.figures(table)
                        .forEach((figure, value) -> figures.put(scope + "/" + period + "/" + figure, value)));
            }
        }
        return figures;
    }

    /** The equations between all published figures: of each table, of the periods and of the scopes. */
    static List<List<String>> equations(Map<String, ProtectedFigure> published, Trial trial) {
        var scopes = new ArrayList<>(trial.quarters().keySet());
        var periods = PERIODS.stream().filter(period -> published.containsKey("national/" + period + "/total")).toList();
        var figureKeys = DisclosureControlRandomizedTests.figures(DisclosureControl.publish(StatisticsTable.empty(),
                java.util.Set.of(), 0)).keySet();
        var equations = new ArrayList<List<String>>();
        var all = new ArrayList<>(scopes);
        all.add("national");
        for (var scope : all) {
            for (var period : periods) {
                for (var equation : DisclosureControlRandomizedTests.equations()) {
                    equations.add(equation.stream().map(figure -> scope + "/" + period + "/" + figure).toList());
                }
                var parts = switch (period) {
                    case "H1" -> List.of("Q1", "Q2");
                    case "H2" -> List.of("Q3", "Q4");
                    case "YEAR" -> List.of("Q1", "Q2", "Q3", "Q4");
                    default -> List.<String>of();
                };
                for (var figure : parts.isEmpty() ? List.<String>of() : figureKeys) {
                    var equation = new ArrayList<String>();
                    parts.forEach(part -> equation.add(scope + "/" + part + "/" + figure));
                    equation.add(scope + "/" + period + "/" + figure);
                    equations.add(equation);
                }
            }
        }
        for (var period : periods) {
            for (var figure : figureKeys) {
                var equation = new ArrayList<String>();
                scopes.forEach(scope -> equation.add(scope + "/" + period + "/" + figure));
                equation.add("national/" + period + "/" + figure);
                equations.add(equation);
            }
        }
        return equations;
    }
}
