package org.coordina.meetings.internal;

/** What an agenda session links to: a commission's trend report, a plan, a document or anything else. */
public enum LinkKind {
    TREND_REPORT, PLAN, DOCUMENT, OTHER
}
