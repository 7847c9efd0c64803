package org.coordina.annualplanning.internal;

/** A period a plan's progress is rolled up over: a quarter, a half-year or the whole year. */
public enum ReportingPeriod {
    Q1(1, 1), Q2(2, 2), Q3(3, 3), Q4(4, 4), H1(1, 2), H2(3, 4), YEAR(1, 4);

    private final int firstQuarter;

    private final int lastQuarter;

    ReportingPeriod(int firstQuarter, int lastQuarter) {
        this.firstQuarter = firstQuarter;
        this.lastQuarter = lastQuarter;
    }

    public int firstQuarter() {
        return firstQuarter;
    }

    public int lastQuarter() {
        return lastQuarter;
    }
}
