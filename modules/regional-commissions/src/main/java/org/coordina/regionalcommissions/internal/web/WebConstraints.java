package org.coordina.regionalcommissions.internal.web;

/** Patterns shared by the request records. */
final class WebConstraints {

    /** A phone number as people write it: digits, spaces and the usual separators, optionally international. */
    static final String PHONE = "\\+?[0-9][0-9 ()/-]{2,31}";

    private WebConstraints() {
    }
}
