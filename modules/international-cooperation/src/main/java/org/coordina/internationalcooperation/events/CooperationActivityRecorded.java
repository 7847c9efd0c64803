package org.coordina.internationalcooperation.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.ModuleEvent;

/**
 * A cooperation activity was recorded; {@code planningActivityId} links the annual-planning activity it serves, if
 * any. A transnational referral carries only the number of referrals and the countries, never a person.
 */
public record CooperationActivityRecorded(UUID eventId, Instant occurredAt, UUID activityId, long version,
        CooperationActivityKind kind, String titleBg, String titleEn, LocalDate startsOn, LocalDate endsOn,
        List<CommissionCode> commissions, List<UUID> partnerIds, UUID planningActivityId, Integer peopleReached,
        Integer referrals, List<String> countries) implements ModuleEvent {

    @Override
    public String aggregateId() {
        return activityId.toString();
    }
}
