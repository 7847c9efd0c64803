package org.coordina.victimsupport.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.victimsupport.events.SupportActivityKind;

/**
 * What a commission did in a period: the kind of support, an optional service, how many people it
 * supported (a count, never who), a short description of the activity (checked by the
 * {@link PersonalDataGuard}) and the annual-planning activity it served, an opaque reference.
 */
public record ActivityDetails(SupportActivityKind kind, LocalDate periodFrom, LocalDate periodTo, UUID serviceId,
        int peopleSupported, String description, UUID planningActivityId) {

    public ActivityDetails {
        PersonalDataGuard.check("description", description);
        if (periodTo.isBefore(periodFrom)) {
            throw DomainProblem.ruleViolated("victimsupport.activity.period", periodFrom, periodTo);
        }
        if (peopleSupported < 0) {
            throw DomainProblem.ruleViolated("victimsupport.activity.people", peopleSupported);
        }
    }
}
