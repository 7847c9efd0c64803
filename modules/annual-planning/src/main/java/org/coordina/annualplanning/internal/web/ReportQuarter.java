package org.coordina.annualplanning.internal.web;

/**
 * The quarter in a report's path, 1 to 4; anything else fails to convert, which the web conventions
 * answer with 400 (a malformed URL, not a rule of the domain).
 */
record ReportQuarter(int value) {

    ReportQuarter {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("There is no quarter " + value);
        }
    }

    /** Spring's conversion of the path variable. */
    static ReportQuarter valueOf(String text) {
        return new ReportQuarter(Integer.parseInt(text.strip()));
    }
}
