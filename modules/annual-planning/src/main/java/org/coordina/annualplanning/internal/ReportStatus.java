package org.coordina.annualplanning.internal;

/**
 * Where a quarterly report stands: DRAFT and RETURNED are the owner's to edit and submit, SUBMITTED waits
 * for the national administration, ACCEPTED is locked until the national administration reopens it.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    /** Whether the owner may change the report's progress entries and submit it. */
    boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
