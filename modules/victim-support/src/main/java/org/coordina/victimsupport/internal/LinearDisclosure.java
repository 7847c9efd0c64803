package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which hidden figures the published ones still determine: the lines are linear equations (the parts sum
 * to the last key); with the published figures known, a hidden figure is determined exactly when its unit
 * vector lies in the row space of the equations restricted to the hidden figures. Reduced row echelon
 * form tells: a pivot variable whose row has no free variable is determined.
 */
final class LinearDisclosure {

    private static final double EPSILON = 1e-9;

    private LinearDisclosure() {
    }

    /** The hidden keys the lines determine, in the order of {@code hidden}. */
    static List<String> determined(List<List<String>> lines, Set<String> hidden) {
        var unknowns = new ArrayList<>(hidden);
        if (unknowns.isEmpty()) {
            return List.of();
        }
        var rows = new ArrayList<double[]>();
        for (var line : lines) {
            var row = new double[unknowns.size()];
            var any = false;
            for (var i = 0; i < line.size(); i++) {
                var index = unknowns.indexOf(line.get(i));
                if (index >= 0) {
                    row[index] += i == line.size() - 1 ? -1 : 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        var matrix = rows.toArray(double[][]::new);
        var pivotColumns = reduce(matrix, unknowns.size());
        var result = new ArrayList<String>();
        for (var r = 0; r < pivotColumns.size(); r++) {
            var free = false;
            for (var c = 0; c < unknowns.size() && !free; c++) {
                free = !pivotColumns.contains(c) && Math.abs(matrix[r][c]) > EPSILON;
            }
            if (!free) {
                result.add(unknowns.get(pivotColumns.get(r)));
            }
        }
        return result;
    }

    /** Brings the matrix to reduced row echelon form in place; the pivot column of each leading row. */
    private static List<Integer> reduce(double[][] matrix, int columns) {
        var pivots = new ArrayList<Integer>();
        var lead = 0;
        for (var c = 0; c < columns && lead < matrix.length; c++) {
            var best = lead;
            for (var r = lead + 1; r < matrix.length; r++) {
                if (Math.abs(matrix[r][c]) > Math.abs(matrix[best][c])) {
                    best = r;
                }
            }
            if (Math.abs(matrix[best][c]) < EPSILON) {
                continue;
            }
            var swap = matrix[lead];
            matrix[lead] = matrix[best];
            matrix[best] = swap;
            var pivot = matrix[lead][c];
            for (var j = 0; j < columns; j++) {
                matrix[lead][j] /= pivot;
            }
            for (var r = 0; r < matrix.length; r++) {
                if (r != lead && Math.abs(matrix[r][c]) > EPSILON) {
                    var factor = matrix[r][c];
                    for (var j = 0; j < columns; j++) {
                        matrix[r][j] -= factor * matrix[lead][j];
                    }
                }
            }
            pivots.add(c);
            lead++;
        }
        return pivots;
    }
}
