package org.coordina.victimsupport.internal;

import org.springframework.stereotype.Component;

/**
 * The victim statistics of a year as published: the accepted raw counts of the quarters that are closed (in
 * order from Q1, a quarter with at least one accepted submission and none still in draft or submitted), and
 * the half-years and year they complete, protected together as one {@link LinkedTables} system.
 */
@Component
public class PublishedStatistics {

    private final StatisticsTablesQuery query;

    private final DisclosureControl disclosure;

    PublishedStatistics(StatisticsTablesQuery query, DisclosureControl disclosure) {
        this.query = query;
        this.disclosure = disclosure;
    }

    /** The year's published tables, protected jointly. */
    public LinkedTables year(int year) {
        return LinkedTables.protect(disclosure.minimumCellSize(), query.acceptedQuarters(year),
                query.closedQuarters(year));
    }
}
