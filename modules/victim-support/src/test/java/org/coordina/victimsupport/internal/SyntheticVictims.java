package org.coordina.victimsupport.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Consistent random tables for tests: that many fictional victims, each given one category of every
 * dimension (skewed, so that small cells are common), tabulated in every predefined tabulation.
 */
final class SyntheticVictims {

    private SyntheticVictims() {
    }

    static StatisticsTable table(Random random, int victims) {
        var counts = new HashMap<String, Integer>();
        for (var victim = 0; victim < victims; victim++) {
            var categories = new EnumMap<Dimension, String>(Dimension.class);
            for (var dimension : Dimension.values()) {
                var values = dimension.categories();
                // Squared: the first categories are common, the last ones rare.
                var index = (int) (Math.pow(random.nextDouble(), 2) * values.size());
                categories.put(dimension, values.get(index));
            }
            for (var tabulation : Tabulation.values()) {
                counts.merge(key(tabulation, categories), 1, Integer::sum);
            }
        }
        return table(victims, counts);
    }

    private static String key(Tabulation tabulation, Map<Dimension, String> categories) {
        return tabulation + "|" + categories.get(tabulation.rows()) + "|" + categories.get(tabulation.columns());
    }

    private static StatisticsTable table(int total, Map<String, Integer> counts) {
        var cells = new ArrayList<StatisticsCell>();
        counts.forEach((key, count) -> {
            var parts = key.split("\\|");
            cells.add(new StatisticsCell(Tabulation.valueOf(parts[0]), parts[1], parts[2], count));
        });
        return StatisticsTable.of(total, cells);
    }
}
