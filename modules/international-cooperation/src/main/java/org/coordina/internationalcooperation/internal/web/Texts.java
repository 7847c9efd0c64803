package org.coordina.internationalcooperation.internal.web;

/** Optional texts of requests: stripped, and blank as absent. */
final class Texts {

    private Texts() {
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
