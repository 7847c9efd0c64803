package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.junit.jupiter.api.Test;

/** {@link CommissionProjection} and its listener on an in-memory projection. */
class CommissionProjectionTests {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final InMemoryKnownCommissions known = new InMemoryKnownCommissions();

    final CommissionProjection projection = new CommissionProjection(known, Clock.fixed(NOW, ZoneOffset.UTC));

    final CommissionEventsListener listener = new CommissionEventsListener(projection);

    static final CommissionCode VAR = new CommissionCode("VAR");

    final UUID varna = UUID.randomUUID();

    @Test
    void recordsWhatAnEstablishmentSays() {
        listener.on(CommissionEventsFixture.established(varna, "VAR", 1));

        assertThat(known.findById(varna)).hasValueSatisfying(commission -> {
            assertThat(commission.code()).isEqualTo("VAR");
            assertThat(commission.status()).isEqualTo(CommissionStatus.ACTIVE);
            assertThat(commission.sourceVersion()).isEqualTo(1);
            assertThat(commission.projectedAt()).isEqualTo(NOW);
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
    void anOlderVersionChangesNothing() {
        projection.project(varna, VAR, CommissionStatus.DISSOLVED, 3);

        projection.project(varna, VAR, CommissionStatus.ACTIVE, 2);

        assertThat(known.findById(varna).orElseThrow().status()).isEqualTo(CommissionStatus.DISSOLVED);
    }

    @Test
    void aCommissionThatIsKnownAndNotDissolvedIsBindable() {
        projection.project(varna, VAR, CommissionStatus.SUSPENDED, 2);

        assertThatCode(() -> projection.requireBindable(VAR)).doesNotThrowAnyException();
    }

    @Test
    void anUnknownCommissionIsNotBindable() {
        assertThatThrownBy(() -> projection.requireBindable(VAR)).hasMessage("accounts.commission.unknown");
    }

    @Test
    void aDissolvedCommissionIsNotBindableUnlessItsCodeWasReused() {
        projection.project(varna, VAR, CommissionStatus.DISSOLVED, 3);
        assertThatThrownBy(() -> projection.requireBindable(VAR)).hasMessage("accounts.commission.dissolved");

        projection.project(UUID.randomUUID(), VAR, CommissionStatus.ACTIVE, 1);
        assertThatCode(() -> projection.requireBindable(VAR)).doesNotThrowAnyException();
    }
}
