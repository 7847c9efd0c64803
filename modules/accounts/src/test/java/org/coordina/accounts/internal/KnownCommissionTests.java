package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownCommissionTests {

    @ParameterizedTest
    @CsvSource({ "ACTIVE, false", "SUSPENDED, false", "DISSOLVED, true" })
    void onlyADissolvedCommissionIsDissolved(CommissionStatus status, boolean dissolved) {
        var commission = new KnownCommission(UUID.randomUUID(), "VAR", status, 1, Instant.EPOCH);

        assertThat(commission.isDissolved()).isEqualTo(dissolved);
        assertThat(commission.commissionCode()).isEqualTo(new CommissionCode("VAR"));
    }
}
