package org.coordina.annualplanning.internal.web;

/** Patterns and limits shared by the request records. */
final class WebConstraints {

    /** A programme section's or objective's code: Latin capitals, digits and dots, e.g. {@code II} or {@code II.1}. */
    static final String CODE = "[A-Z0-9][A-Z0-9.]*";

    /** An ISO 4217 currency code. */
    static final String CURRENCY = "[A-Z]{3}";

    private WebConstraints() {
    }
}
