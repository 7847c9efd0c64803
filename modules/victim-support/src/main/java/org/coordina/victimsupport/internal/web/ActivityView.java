package org.coordina.victimsupport.internal.web;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.internal.SupportActivityStatus;

/** A support activity; the number of people is raw for the national experts, protected for everyone else. */
record ActivityView(UUID id, CommissionCode commission, SupportActivityKind kind, LocalDate periodFrom,
        LocalDate periodTo, UUID serviceId, ProtectedFigure peopleSupported, String description,
        UUID planningActivityId, SupportActivityStatus status, long version) {
}
