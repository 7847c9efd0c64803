package org.coordina.annualplanning.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For data sets written straight into the tables (the roll-up's hand-computed one): brings an activity's roll-up
 * figures in step with its rows, with the statement the application's writes run ({@link ActivityFigures}).
 */
public final class FiguresFixture {

    private FiguresFixture() {
    }

    public static void refresh(JdbcClient jdbc, UUID activityId) {
        new ActivityFigures(jdbc).refresh(activityId);
    }
}
