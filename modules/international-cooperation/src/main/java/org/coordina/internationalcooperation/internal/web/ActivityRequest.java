package org.coordina.internationalcooperation.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.coordina.internationalcooperation.events.CooperationActivityKind;
import org.coordina.internationalcooperation.internal.ActivityDetails;
import org.coordina.sharedkernel.domain.CommissionCode;

/**
 * A cooperation activity to record or its new data. A transnational referral gives the number of referrals and
 * the countries (ISO 3166-1 alpha-2) only; there is no field for a person.
 */
record ActivityRequest(@NotNull CooperationActivityKind kind, @NotBlank @Size(max = 300) String titleBg,
        @NotBlank @Size(max = 300) String titleEn, @Size(max = 50) Set<@NotNull UUID> partnerIds,
        @NotNull LocalDate startsOn, LocalDate endsOn, @Size(max = 300) String place,
        @Size(max = 20) Set<@NotNull CommissionCode> commissions, @Size(max = 300) String funder,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budget,
        @Pattern(regexp = "[A-Z]{3}") String currency, @Size(max = 4000) String outcomes, UUID planningActivityId,
        @PositiveOrZero @Max(10_000_000) Integer peopleReached, @Positive @Max(100_000) Integer referrals,
        @Size(max = 50) Set<@NotNull @Pattern(regexp = "[A-Z]{2}") String> countries) {

    ActivityDetails toDetails() {
        return new ActivityDetails(kind, titleBg.strip(), titleEn.strip(), partnerIds, startsOn, endsOn,
                Texts.blankToNull(place), commissions, Texts.blankToNull(funder), budget, currency,
                Texts.blankToNull(outcomes), planningActivityId, peopleReached, referrals, countries);
    }
}
