package org.coordina.internationalcooperation.internal;

/** Where one deadline of an obligation stands: open, submitted, or late (past its date without a submission). */
public enum OccurrenceStatus {
    OPEN, SUBMITTED, LATE
}
