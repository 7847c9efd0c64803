package org.coordina.internationalcooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.coordina.internationalcooperation.internal.DeadlineTags.Tag;
import org.junit.jupiter.api.Test;

class DeadlineTagsTests {

    /** 22:30 UTC on 31 May is already 1 June in Sofia. */
    final DeadlineTags tags = new DeadlineTags(new CooperationProperties(90, 30, null, null),
            Clock.fixed(Instant.parse("2026-05-31T22:30:00Z"), ZoneOffset.UTC));

    final LocalDate today = LocalDate.of(2026, 6, 1);

    @Test
    void todayIsTheModulesCalendarDay() {
        assertThat(tags.today()).isEqualTo(today);
        assertThat(tags.dueSoonHorizon()).isEqualTo(today.plusDays(30));
    }

    @Test
    void anAgreementInForceIsExpiringWithinItsWindowAndExpiredAfterItsLastDay() {
        assertThat(tags.agreement(AgreementStatus.IN_FORCE, today.plusDays(90))).isEqualTo(Tag.EXPIRING);
        assertThat(tags.agreement(AgreementStatus.IN_FORCE, today)).isEqualTo(Tag.EXPIRING);
        assertThat(tags.agreement(AgreementStatus.IN_FORCE, today.plusDays(91))).isNull();
        assertThat(tags.agreement(AgreementStatus.IN_FORCE, null)).isNull();
        assertThat(tags.agreement(AgreementStatus.IN_FORCE, today.minusDays(1))).isEqualTo(Tag.EXPIRED);
        assertThat(tags.agreement(AgreementStatus.EXPIRED, today.minusDays(1))).isEqualTo(Tag.EXPIRED);
        assertThat(tags.agreement(AgreementStatus.DRAFT, today.plusDays(10))).isNull();
        assertThat(tags.agreement(AgreementStatus.TERMINATED, today.plusDays(10))).isNull();
    }

    @Test
    void aDeadlineIsDueWithinItsWindowAndOverdueAfterItsDayUnlessSubmitted() {
        assertThat(tags.deadline(OccurrenceStatus.OPEN, today)).isEqualTo(Tag.DUE);
        assertThat(tags.deadline(OccurrenceStatus.OPEN, today.plusDays(30))).isEqualTo(Tag.DUE);
        assertThat(tags.deadline(OccurrenceStatus.OPEN, today.plusDays(31))).isNull();
        assertThat(tags.deadline(OccurrenceStatus.OPEN, today.minusDays(1))).isEqualTo(Tag.OVERDUE);
        assertThat(tags.deadline(OccurrenceStatus.LATE, today.plusDays(5))).isEqualTo(Tag.OVERDUE);
        assertThat(tags.deadline(OccurrenceStatus.SUBMITTED, today.minusDays(1))).isNull();
        assertThat(tags.deadline(null, null)).isNull();
    }
}
