package org.coordina.internationalcooperation.internal.web;

import org.coordina.internationalcooperation.internal.DeadlineTags;
import org.coordina.internationalcooperation.internal.ObligationEntry;

/** An obligation of the calendar with the tag of its next deadline (due, overdue or none). */
record TaggedObligation(ObligationEntry obligation, DeadlineTags.Tag tag) {
}
