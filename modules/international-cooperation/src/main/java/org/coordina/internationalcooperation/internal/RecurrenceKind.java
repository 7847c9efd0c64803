package org.coordina.internationalcooperation.internal;

/** How often a reporting obligation comes due: once, every year, every two years, or every so many months. */
public enum RecurrenceKind {
    ONE_OFF, YEARLY, EVERY_TWO_YEARS, CUSTOM
}
