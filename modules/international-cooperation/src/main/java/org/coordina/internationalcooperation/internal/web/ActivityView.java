package org.coordina.internationalcooperation.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.internal.CooperationActivity;
import org.coordina.sharedkernel.domain.CommissionCode;

/** A cooperation activity. */
record ActivityView(UUID id, CooperationActivityKind kind, String titleBg, String titleEn, List<UUID> partnerIds,
        LocalDate startsOn, LocalDate endsOn, String place, List<CommissionCode> commissions, String funder,
        BigDecimal budget, String currency, String outcomes, UUID planningActivityId, Integer peopleReached,
        Integer referrals, List<String> countries, long version) {

    static ActivityView of(CooperationActivity activity) {
        return new ActivityView(activity.getId(), activity.getKind(), activity.getTitleBg(), activity.getTitleEn(),
                activity.getPartnerIds(), activity.getStartsOn(), activity.getEndsOn(), activity.getPlace(),
                activity.getCommissions(), activity.getFunder(), activity.getBudget(), activity.getCurrency(),
                activity.getOutcomes(), activity.getPlanningActivityId(), activity.getPeopleReached(),
                activity.getReferrals(), activity.getCountries(), activity.getVersion());
    }
}
