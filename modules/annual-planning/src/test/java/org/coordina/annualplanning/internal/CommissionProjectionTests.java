package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.annualplanning.internal.ServiceFixture.YEAR;
import static org.coordina.annualplanning.internal.ServiceFixture.owner;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.commissions.CommissionState;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;

class CommissionProjectionTests {

    final ServiceFixture fixture = new ServiceFixture();

    final CommissionProjection projection = fixture.projection;

    final UUID id = UUID.randomUUID();

    final CommissionCode var = new CommissionCode("VAR");

    @Test
    void aCommissionIsProjectedWithItsNamesAndStatus() {
        projection.project(id, var, "МКБТХ Варна", "LCCTHB Varna", CommissionStatus.ACTIVE, 1);
        var known = fixture.commissionRepository.rows.get(id);
        assertThat(known.code()).isEqualTo("VAR");
        assertThat(known.nameBg()).isEqualTo("МКБТХ Варна");
        assertThat(known.nameEn()).isEqualTo("LCCTHB Varna");
        assertThat(known.status()).isEqualTo(CommissionState.ACTIVE);
        assertThat(known.sourceVersion()).isEqualTo(1);
        assertThat(known.projectedAt()).isEqualTo(ServiceFixture.NOW);
    }

    @Test
    void anActiveCommissionGetsAPlanInTheOpenCycle() {
        fixture.openCycle();
        projection.project(id, var, "МКБТХ Варна", "LCCTHB Varna", CommissionStatus.ACTIVE, 1);
        assertThat(fixture.plans.find(YEAR, owner("VAR")).getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aStaleEventChangesNothing() {
        fixture.openCycle();
        projection.project(id, var, "МКБТХ Варна", "LCCTHB Varna", CommissionStatus.SUSPENDED, 3);
        projection.project(id, var, "Старо", "Old", CommissionStatus.ACTIVE, 2);
        projection.project(id, var, "Старо", "Old", CommissionStatus.ACTIVE, 3);
        assertThat(fixture.commissionRepository.rows.get(id).nameEn()).isEqualTo("LCCTHB Varna");
        assertThat(fixture.commissionRepository.rows.get(id).status()).isEqualTo(CommissionState.SUSPENDED);
        assertThat(fixture.planRepository.existsByCycleYearAndOwner(YEAR, "VAR")).isFalse();
    }

    @Test
    void aCommissionThatIsNotActiveGetsNoPlanAndADissolvedOneKeepsItsPlan() {
        fixture.openCycle();
        projection.project(id, var, "МКБТХ Варна", "LCCTHB Varna", CommissionStatus.SUSPENDED, 1);
        assertThat(fixture.planRepository.existsByCycleYearAndOwner(YEAR, "VAR")).isFalse();
        projection.project(id, var, null, null, CommissionStatus.ACTIVE, 2);
        assertThat(fixture.planRepository.existsByCycleYearAndOwner(YEAR, "VAR")).isTrue();
        projection.project(id, var, null, null, CommissionStatus.DISSOLVED, 3);
        assertThat(fixture.planRepository.existsByCycleYearAndOwner(YEAR, "VAR")).isTrue();
        assertThat(fixture.commissionRepository.rows.get(id).status()).isEqualTo(CommissionState.DISSOLVED);
        assertThat(fixture.commissionRepository.rows.get(id).nameEn()).isEqualTo("LCCTHB Varna");
    }

    @Test
    void changedDetailsWithoutAStatusPlanNothing() {
        projection.project(id, var, "МКБТХ Варна", "LCCTHB Varna", CommissionStatus.SUSPENDED, 1);
        fixture.openCycle();
        projection.project(id, var, "МКБТХ Варна 2", "LCCTHB Varna 2", null, 2);
        assertThat(fixture.commissionRepository.rows.get(id).nameEn()).isEqualTo("LCCTHB Varna 2");
        assertThat(fixture.planRepository.existsByCycleYearAndOwner(YEAR, "VAR")).isFalse();
    }
}
