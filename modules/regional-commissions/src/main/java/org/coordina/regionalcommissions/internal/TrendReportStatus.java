package org.coordina.regionalcommissions.internal;

/** A trend report is edited as a draft and read-only once published. */
public enum TrendReportStatus {
    DRAFT, PUBLISHED
}
