package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.junit.jupiter.api.Test;

/** {@link CommissionProjection} and its listener on an in-memory projection. */
class CommissionProjectionTests {

    final InMemoryKnownCommissions known = new InMemoryKnownCommissions();

    final CommissionProjection projection = new CommissionProjection(known);

    final CommissionEventsListener listener = new CommissionEventsListener(projection);

    final UUID varna = UUID.randomUUID();

    @Test
    void recordsWhatAnEstablishmentSays() {
        listener.on(CommissionEventsFixture.established(varna, "VAR", 1));

        assertThat(known.findById(varna)).hasValueSatisfying(commission -> {
            assertThat(commission.code()).isEqualTo("VAR");
            assertThat(commission.status()).isEqualTo("ACTIVE");
            assertThat(commission.sourceVersion()).isEqualTo(1);
            assertThat(commission.projectedAt()).isNotNull();
        });
    }

    @Test
    void recordsAStatusChange() {
        listener.on(CommissionEventsFixture.established(varna, "VAR", 1));

        listener.on(CommissionEventsFixture.statusChanged(varna, "VAR", 2, CommissionStatus.ACTIVE,
                CommissionStatus.DISSOLVED));

        assertThat(known.findById(varna).orElseThrow().isDissolved()).isTrue();
    }

    @Test
    void storesCodesInUpperCase() {
        projection.project(varna, "var", "ACTIVE", 1);

        assertThat(known.findByCode("VAR")).hasSize(1);
    }

    @Test
    void anOlderVersionChangesNothing() {
        projection.project(varna, "VAR", "DISSOLVED", 3);

        projection.project(varna, "VAR", "ACTIVE", 2);

        assertThat(known.findById(varna).orElseThrow().status()).isEqualTo("DISSOLVED");
    }

    @Test
    void aCommissionThatIsKnownAndNotDissolvedIsBindable() {
        projection.project(varna, "VAR", "SUSPENDED", 2);

        assertThatCode(() -> projection.requireBindable("VAR")).doesNotThrowAnyException();
    }

    @Test
    void anUnknownCommissionIsNotBindable() {
        assertThatThrownBy(() -> projection.requireBindable("VAR")).hasMessage("accounts.commission.unknown");
    }

    @Test
    void aDissolvedCommissionIsNotBindableUnlessItsCodeWasReused() {
        projection.project(varna, "VAR", "DISSOLVED", 3);
        assertThatThrownBy(() -> projection.requireBindable("VAR")).hasMessage("accounts.commission.dissolved");

        projection.project(UUID.randomUUID(), "VAR", "ACTIVE", 1);
        assertThatCode(() -> projection.requireBindable("VAR")).doesNotThrowAnyException();
    }
}
