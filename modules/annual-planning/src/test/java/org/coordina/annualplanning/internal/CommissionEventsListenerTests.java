package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.sharedkernel.commissions.CommissionState;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;

class CommissionEventsListenerTests {

    final ServiceFixture fixture = new ServiceFixture();

    final CommissionEventsListener listener = new CommissionEventsListener(fixture.projection);

    final UUID id = UUID.randomUUID();

    final CommissionCode var = new CommissionCode("VAR");

    @Test
    void eachCommissionEventUpdatesTheProjection() {
        fixture.openCycle();
        listener.on(new CommissionEstablished(UUID.randomUUID(), ServiceFixture.NOW, id, 1, var, "МКБТХ Варна",
                "LCCTHB Varna", "Varna", "Varna Province", LocalDate.of(2004, 1, 1), CommissionStatus.SUSPENDED));
        assertThat(fixture.commissionRepository.rows.get(id)).satisfies(known -> {
            assertThat(known.code()).isEqualTo("VAR");
            assertThat(known.nameEn()).isEqualTo("LCCTHB Varna");
            assertThat(known.status()).isEqualTo(CommissionState.SUSPENDED);
            assertThat(known.sourceVersion()).isEqualTo(1);
        });
        listener.on(new CommissionDetailsChanged(UUID.randomUUID(), ServiceFixture.NOW, id, 2, var, "МКБТХ Варна 2",
                "LCCTHB Varna 2", "Varna", "Varna Province"));
        assertThat(fixture.commissionRepository.rows.get(id)).satisfies(known -> {
            assertThat(known.nameBg()).isEqualTo("МКБТХ Варна 2");
            assertThat(known.nameEn()).isEqualTo("LCCTHB Varna 2");
            assertThat(known.status()).isEqualTo(CommissionState.SUSPENDED);
            assertThat(known.sourceVersion()).isEqualTo(2);
        });
        assertThat(fixture.planRepository.existsByCycleYearAndOwner(ServiceFixture.YEAR, "VAR")).isFalse();
        listener.on(new CommissionStatusChanged(UUID.randomUUID(), ServiceFixture.NOW, id, 3, var,
                CommissionStatus.SUSPENDED, CommissionStatus.ACTIVE));
        assertThat(fixture.commissionRepository.rows.get(id).status()).isEqualTo(CommissionState.ACTIVE);
        assertThat(fixture.commissionRepository.rows.get(id).nameEn()).isEqualTo("LCCTHB Varna 2");
        assertThat(fixture.planRepository.existsByCycleYearAndOwner(ServiceFixture.YEAR, "VAR")).isTrue();
    }
}
