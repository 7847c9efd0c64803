package org.coordina.sharedkernel.persistence;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The expected-version check of every application service: a client changes the version it read, or gets
 * {@link OptimisticLockingFailureException} (answered with 412 by the web conventions).
 */
public final class StaleVersions {

    private StaleVersions() {
    }

    /** Throws unless {@code current} is the version the client read; {@code what} names the aggregate in the message. */
    public static void require(String what, long current, long expected) {
        if (current != expected) {
            throw new OptimisticLockingFailureException(what + " is at version " + current + ", not " + expected);
        }
    }
}
