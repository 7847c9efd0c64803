package org.coordina.regionalcommissions.internal;

/** A trend report is edited as a draft and read-only once published. */
enum TrendReportStatus {
    DRAFT, PUBLISHED
}
