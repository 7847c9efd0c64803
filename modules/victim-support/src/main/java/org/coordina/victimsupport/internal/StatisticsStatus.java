package org.coordina.victimsupport.internal;

/** A quarter's victim statistics: edited as a draft, submitted by the commission, accepted nationally. */
public enum StatisticsStatus {
    DRAFT, SUBMITTED, ACCEPTED
}
