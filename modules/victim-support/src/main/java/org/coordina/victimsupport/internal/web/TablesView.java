package org.coordina.victimsupport.internal.web;

import org.coordina.victimsupport.events.ProtectedStatistics;
import org.coordina.victimsupport.internal.TablePeriod;

/**
 * The published tables of a period, of one commission or national ({@code scope}), summed from the accepted
 * statistics' raw counts and then protected, unless {@code raw} (national admin and experts).
 */
record TablesView(int year, TablePeriod period, String scope, boolean raw, String method,
        ProtectedStatistics statistics) {
}
