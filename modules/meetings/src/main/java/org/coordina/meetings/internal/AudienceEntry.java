package org.coordina.meetings.internal;

import java.util.Set;

import org.coordina.sharedkernel.domain.Party;

/** Who a meeting concerns: its organiser and the codes of the commissions invited to it. */
public record AudienceEntry(Party organiser, Set<String> invited) {
}
