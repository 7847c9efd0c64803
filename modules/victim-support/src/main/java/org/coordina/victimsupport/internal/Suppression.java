package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Chooses the suppressed figures of a system of linked equations (each line: its parts sum to its last key).
 * Primary suppression hides every count from 1 to k−1 that may still be chosen; secondary suppression then
 * hides further positive counts (never a zero: a hidden zero could be pinned by non-negativity) until no line
 * has exactly one hidden figure and linear algebra over all lines determines no primary (or frozen) figure. Figures that
 * may not be chosen (published earlier, in a frozen stage) keep their state. A secondary figure that stays
 * determined is published at the end: its value follows from the published ones anyway. Deterministic:
 * lines and keys are visited in a fixed order and ties go to the smaller key.
 */
final class Suppression {

    private final List<List<String>> lines;

    /** Smaller counts first, then by key: the choice is deterministic. */
    private final Comparator<String> order;

    private final Map<String, Integer> values;

    private final Predicate<String> choosable;

    private final int minimumCellSize;

    Suppression(List<List<String>> lines, Map<String, Integer> values, Predicate<String> choosable,
            int minimumCellSize) {
        this.lines = lines;
        this.values = values;
        this.choosable = choosable;
        this.minimumCellSize = minimumCellSize;
        this.order = Comparator.comparing((String key) -> values.get(key)).thenComparing(Comparator.naturalOrder());
    }

    /** The hidden keys: those already hidden (frozen) plus the ones chosen now. */
    Set<String> hide(Set<String> alreadyHidden) {
        var hidden = new TreeSet<>(alreadyHidden);
        values.forEach((key, value) -> {
            if (choosable.test(key) && primary(key)) {
                hidden.add(key);
            }
        });
        var byKey = linesByKey();
        while (true) {
            var changed = false;
            for (var line : lines) {
                if (line.stream().filter(hidden::contains).count() == 1) {
                    changed |= hideSmallestOther(line, hidden);
                }
            }
            if (changed) {
                continue;
            }
            // A determined secondary figure needs nothing: it is published at the end. Only a determined
            // primary or frozen figure needs more suppression.
            var determined = LinearDisclosure.determined(lines, hidden).stream()
                    .filter(key -> primary(key) || !choosable.test(key)).toList();
            if (determined.isEmpty()) {
                break;
            }
            for (var key : determined) {
                changed |= hideNearest(key, byKey, hidden);
            }
            if (!changed) {
                break;
            }
        }
        LinearDisclosure.determined(lines, hidden).stream()
                .filter(key -> choosable.test(key) && !primary(key))
                .forEach(hidden::remove);
        return hidden;
    }

    private boolean primary(String key) {
        var value = values.get(key);
        return value > 0 && value < minimumCellSize;
    }

    /** Hides the smallest positive figure of the line that may be chosen; whether there was one. */
    private boolean hideSmallestOther(List<String> line, Set<String> hidden) {
        var candidate = smallestCandidate(line, hidden);
        candidate.ifPresent(hidden::add);
        return candidate.isPresent();
    }

    private Optional<String> smallestCandidate(List<String> line, Set<String> hidden) {
        return line.stream().filter(key -> !hidden.contains(key) && choosable.test(key) && values.get(key) > 0)
                .min(order);
    }

    /**
     * Hides the smallest candidate on the lines nearest to a determined figure: its own lines first, then the
     * lines of the hidden figures these reach, and so on (the hidden figures it is linked with).
     */
    private boolean hideNearest(String determined, Map<String, List<List<String>>> byKey, Set<String> hidden) {
        var reached = new HashSet<String>(Set.of(determined));
        var frontier = List.of(determined);
        while (!frontier.isEmpty()) {
            var next = new ArrayList<String>();
            Optional<String> best = Optional.empty();
            for (var key : frontier) {
                for (var line : byKey.getOrDefault(key, List.of())) {
                    var candidate = smallestCandidate(line, hidden);
                    if (candidate.isPresent() && (best.isEmpty() || order.compare(candidate.get(), best.get()) < 0)) {
                        best = candidate;
                    }
                    line.stream().filter(other -> hidden.contains(other) && reached.add(other)).forEach(next::add);
                }
            }
            if (best.isPresent()) {
                hidden.add(best.get());
                return true;
            }
            frontier = next;
        }
        return false;
    }

    private Map<String, List<List<String>>> linesByKey() {
        var byKey = new HashMap<String, List<List<String>>>();
        for (var line : lines) {
            for (var key : line) {
                byKey.computeIfAbsent(key, any -> new ArrayList<>()).add(line);
            }
        }
        return byKey;
    }
}
