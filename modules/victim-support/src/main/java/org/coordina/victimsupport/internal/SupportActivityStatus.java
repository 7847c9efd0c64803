package org.coordina.victimsupport.internal;

/** A support activity is edited as a draft and reported once, which tells the other modules. */
public enum SupportActivityStatus {
    DRAFT, REPORTED
}
