package org.coordina.internationalcooperation.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.internal.ActivityEntry;

/** A cooperation activity in the list. */
record ActivitySummary(UUID id, CooperationActivityKind kind, String titleBg, String titleEn, LocalDate startsOn,
        LocalDate endsOn, String place, List<String> commissions, long version) {

    static ActivitySummary of(ActivityEntry entry) {
        return new ActivitySummary(entry.id(), entry.kind(), entry.titleBg(), entry.titleEn(), entry.startsOn(),
                entry.endsOn(), entry.place(), entry.commissions(), entry.version());
    }
}
