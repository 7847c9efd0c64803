package org.coordina.victimsupport.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.victimsupport.events.SupportActivityKind;

/** A support activity as the commission's list shows it (the count raw: the web layer protects it). */
public record ActivityEntry(UUID id, CommissionCode commission, SupportActivityKind kind, LocalDate periodFrom,
        LocalDate periodTo, UUID serviceId, int peopleSupported, String description, UUID planningActivityId,
        SupportActivityStatus status, long version) {
}
