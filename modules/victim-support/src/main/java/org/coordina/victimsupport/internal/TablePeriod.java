package org.coordina.victimsupport.internal;

import java.util.List;

/** The periods the published tables cover: a quarter, a half-year or the year, as quarters. */
public enum TablePeriod {

    Q1(1), Q2(2), Q3(3), Q4(4), H1(1, 2), H2(3, 4), YEAR(1, 2, 3, 4);

    private final List<Integer> quarters;

    TablePeriod(Integer... quarters) {
        this.quarters = List.of(quarters);
    }

    public List<Integer> quarters() {
        return quarters;
    }
}
