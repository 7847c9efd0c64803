package org.coordina.internationalcooperation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coordina.internationalcooperation.events.CooperationActivityKind;

/** A cooperation activity as the list shows it. */
public record ActivityEntry(UUID id, CooperationActivityKind kind, String titleBg, String titleEn, LocalDate startsOn,
        LocalDate endsOn, String place, List<String> commissions, long version) {
}
