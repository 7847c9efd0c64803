package org.coordina.annualplanning.internal.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

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

    /** Reads the path variable; refuses anything but 1, 2, 3 or 4 ({@link IllegalArgumentException}). */
    static ReportQuarter parse(String text) {
        return new ReportQuarter(Integer.parseInt(text.strip()));
    }

    /** Spring's conversion of the path variable (a failure is answered with 400). */
    @Component
    static class FromText implements Converter<String, ReportQuarter> {

        @Override
        public ReportQuarter convert(String source) {
            return parse(source);
        }
    }
}
