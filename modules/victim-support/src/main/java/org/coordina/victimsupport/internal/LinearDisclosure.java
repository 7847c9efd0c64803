package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * Which hidden figures the published ones still determine: the lines are linear equations (the parts sum
 * to the last key); with the published figures known, a hidden figure is determined exactly when its unit
 * vector lies in the row space of the equations restricted to the hidden figures. Reduced row echelon form
 * tells: a pivot variable whose row has no free variable is determined. The arithmetic is exact, modulo a
 * large prime (the coefficients are small integers, so the rank is the rational one unless the prime divides
 * a minor, which for sums of ±1 of this size it does not in practice), on sparse rows, eliminating the
 * sparsest columns first (Gauss–Jordan with a Markowitz-like order), so that a year's linked system of several
 * thousand equations stays cheap.
 */
final class LinearDisclosure {

    private static final long PRIME = 2_147_483_647L;

    private LinearDisclosure() {
    }

    /** The hidden keys the lines determine, in the order of {@code hidden}. */
    static List<String> determined(List<List<String>> lines, Set<String> hidden) {
        var unknowns = new ArrayList<>(hidden);
        var indexes = new HashMap<String, Integer>();
        for (var i = 0; i < unknowns.size(); i++) {
            indexes.put(unknowns.get(i), i);
        }
        var rows = new ArrayList<Map<Integer, Long>>();
        var rowsOf = new ArrayList<Set<Integer>>();
        unknowns.forEach(any -> rowsOf.add(new HashSet<>()));
        for (var line : lines) {
            var row = new HashMap<Integer, Long>();
            for (var i = 0; i < line.size(); i++) {
                var index = indexes.get(line.get(i));
                if (index != null) {
                    row.merge(index, i == line.size() - 1 ? PRIME - 1 : 1L, (a, b) -> (a + b) % PRIME);
                }
            }
            row.values().removeIf(value -> value == 0);
            if (!row.isEmpty()) {
                var number = rows.size();
                rows.add(row);
                row.keySet().forEach(column -> rowsOf.get(column).add(number));
            }
        }
        var pivotRowOf = new HashMap<Integer, Integer>();
        var order = new ArrayList<Integer>();
        for (var c = 0; c < unknowns.size(); c++) {
            order.add(c);
        }
        order.sort(Comparator.comparing((Integer column) -> rowsOf.get(column).size()).thenComparing(column -> column));
        var isPivotRow = new boolean[rows.size()];
        for (var column : order) {
            var pivot = rowsOf.get(column).stream().filter(r -> !isPivotRow[r])
                    .min(Comparator.comparing((Integer r) -> rows.get(r).size()).thenComparing(r -> r));
            if (pivot.isEmpty()) {
                continue;
            }
            int p = pivot.get();
            isPivotRow[p] = true;
            pivotRowOf.put(column, p);
            var pivotRow = rows.get(p);
            var inverse = inverse(pivotRow.get(column));
            pivotRow.replaceAll((c, value) -> value * inverse % PRIME);
            for (var r : List.copyOf(rowsOf.get(column))) {
                if (r == p) {
                    continue;
                }
                var row = rows.get(r);
                var factor = row.get(column);
                for (var entry : pivotRow.entrySet()) {
                    var c = entry.getKey();
                    var updated = Math.floorMod(row.getOrDefault(c, 0L) - factor * entry.getValue() % PRIME, PRIME);
                    if (updated == 0) {
                        if (row.remove(c) != null) {
                            rowsOf.get(c).remove(r);
                        }
                    }
                    else if (row.put(c, updated) == null) {
                        rowsOf.get(c).add(r);
                    }
                }
            }
        }
        var result = new ArrayList<String>();
        for (var c = 0; c < unknowns.size(); c++) {
            var p = pivotRowOf.get(c);
            if (p != null && rows.get(p).size() == 1) {
                result.add(unknowns.get(c));
            }
        }
        return result;
    }

    private static long inverse(long value) {
        var result = 1L;
        var base = value % PRIME;
        for (var exponent = PRIME - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = result * base % PRIME;
            }
            base = base * base % PRIME;
        }
        return result;
    }
}
