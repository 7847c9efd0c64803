package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coordina.accounts.internal.CommissionEventsFixture.established;
import static org.coordina.accounts.internal.CommissionEventsFixture.PROJECTION_ESTABLISHED;
import static org.coordina.accounts.internal.CommissionEventsFixture.completions;
import static org.coordina.accounts.internal.CommissionEventsFixture.handled;
import static org.coordina.accounts.internal.CommissionEventsFixture.statusChanged;

import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.testsupport.EventPublications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest
class CommissionProjectionIntegrationTests {

    @Autowired
    KnownCommissionRepository commissions;

    @Autowired
    EventPublicationRepository registry;

    @Test
    void learnsOfAnEstablishedCommission(Scenario scenario) {
        var id = UUID.randomUUID();
        scenario.publish(established(id, "PJA", 1))
                .andWaitForStateChange(() -> commissions.findById(id))
                .andVerify(known -> {
                    assertThat(known).hasValueSatisfying(commission -> {
                        assertThat(commission.code()).isEqualTo("PJA");
                        assertThat(commission.status()).isEqualTo(CommissionStatus.ACTIVE);
                        assertThat(commission.sourceVersion()).isEqualTo(1);
                    });
                });
    }

    @Test
    void aRedeliveredEventChangesNothing(Scenario scenario) {
        var id = UUID.randomUUID();
        var event = established(id, "PJB", 1);
        scenario.publish(event).andWaitForStateChange(() -> commissions.findById(id));
        var first = commissions.findById(id).orElseThrow();

        scenario.publish(event)
                .andWaitForStateChange(() -> handled(publications(), PROJECTION_ESTABLISHED, event)
                        && completions(publications(), PROJECTION_ESTABLISHED, event) == 2)
                .andVerify(done -> {
                    assertThat(commissions.findByCode("PJB")).containsExactly(first);
                });
    }

    @Test
    void followsStatusChanges(Scenario scenario) {
        var id = UUID.randomUUID();
        scenario.publish(established(id, "PJC", 1)).andWaitForStateChange(() -> commissions.findById(id));

        scenario.publish(statusChanged(id, "PJC", 2, CommissionStatus.ACTIVE, CommissionStatus.SUSPENDED))
                .andWaitForStateChange(() -> commissions.findById(id).filter(c -> c.sourceVersion() == 2))
                .andVerify(known -> assertThat(known)
                        .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CommissionStatus.SUSPENDED)));
    }

    @Test
    void ignoresAnEventOlderThanWhatItKnows(Scenario scenario) {
        var id = UUID.randomUUID();
        // The status change overtakes the establishment: both arrive, in the wrong order.
        scenario.publish(statusChanged(id, "PJD", 3, CommissionStatus.ACTIVE, CommissionStatus.DISSOLVED))
                .andWaitForStateChange(() -> commissions.findById(id));

        var late = established(id, "PJD", 1);
        scenario.publish(late)
                .andWaitForStateChange(() -> handled(publications(), PROJECTION_ESTABLISHED, late))
                .andVerify(done -> assertThat(commissions.findById(id)).hasValueSatisfying(c -> {
                    assertThat(c.status()).isEqualTo(CommissionStatus.DISSOLVED);
                    assertThat(c.sourceVersion()).isEqualTo(3);
                }));
    }

    private EventPublications publications() {
        return new EventPublications(registry);
    }
}
