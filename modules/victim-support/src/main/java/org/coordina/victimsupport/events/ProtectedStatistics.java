package org.coordina.victimsupport.events;

import java.util.List;

/**
 * Victim statistics as they may leave the national experts' hands: the total, the margins of each
 * dimension and the cells of each predefined tabulation, with every count from 1 to
 * {@code minimumCellSize - 1} suppressed and enough other counts suppressed that none can be recovered
 * from the published ones.
 */
public record ProtectedStatistics(int minimumCellSize, ProtectedFigure total, List<ProtectedMargin> margins,
        List<ProtectedCell> cells) {
}
