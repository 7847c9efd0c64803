package org.coordina.sharedkernel.web;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP: an aggregate's version travels as a strong {@code ETag}, and an
 * update must send it back in {@code If-Match} so that concurrent edits never silently overwrite.
 */
public final class Versions {

    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private Versions() {
    }

    /** The entity tag of this version, e.g. {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names: 428 when it is missing, 412 when it names no
     * version this server issued (so it cannot match).
     */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new CoordinaProblem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "problem.ifMatchRequired");
        }
        var matcher = ENTITY_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw stale();
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A 412 problem: the client edited a version that is no longer current. */
    public static CoordinaProblem stale() {
        return new CoordinaProblem(HttpStatus.PRECONDITION_FAILED, "stale-version", "problem.staleVersion");
    }
}
