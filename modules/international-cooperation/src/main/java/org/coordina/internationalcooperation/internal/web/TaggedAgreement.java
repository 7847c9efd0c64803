package org.coordina.internationalcooperation.internal.web;

import org.coordina.internationalcooperation.internal.AgreementEntry;
import org.coordina.internationalcooperation.internal.DeadlineTags;

/** An agreement of the list with its tag (expiring, expired or none). */
record TaggedAgreement(AgreementEntry agreement, DeadlineTags.Tag tag) {
}
