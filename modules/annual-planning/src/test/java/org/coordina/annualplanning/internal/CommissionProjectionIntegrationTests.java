package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.coordina.regionalcommissions.events.CommissionDetailsChanged;
import org.coordina.regionalcommissions.events.CommissionEstablished;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.regionalcommissions.events.CommissionStatusChanged;
import org.coordina.sharedkernel.commissions.CommissionState;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.testsupport.EventPublications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The projection of the commissions, fed by the regional-commissions events as they arrive: a commission
 * established while a cycle is open gets its plan, a stale event changes nothing, a dissolved commission keeps
 * its plan but gets none in later cycles.
 */
@ApplicationModuleTest
class CommissionProjectionIntegrationTests {

    /** This class's years: 2090 to 2094. */
    private static final AtomicInteger YEARS = new AtomicInteger(2090);

    /** This class's commissions: XAA, XAB, … */
    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    PlanningCycles cycles;

    @Autowired
    PlanRepository plans;

    @Autowired
    CommissionRegister commissions;

    @Autowired
    EventPublicationRepository registry;

    static CommissionCode freshCode() {
        int n = CODES.getAndIncrement();
        return new CommissionCode("X" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26));
    }

    static CommissionEstablished established(UUID id, CommissionCode code, long version) {
        return new CommissionEstablished(UUID.randomUUID(), Instant.now(), id, version, code, "МКБТХ Проба",
                "LCCTHB Proba", "Proba", "Proba Province", LocalDate.of(2012, 5, 1), CommissionStatus.ACTIVE);
    }

    int openCycle() {
        int year = YEARS.getAndIncrement();
        assertThat(year).as("this class's years").isLessThan(2095);
        cycles.open(year, cycles.draft(year, null, null).getVersion());
        return year;
    }

    @Test
    void aCommissionEstablishedWhileACycleIsOpenGetsItsPlan(Scenario scenario) {
        int year = openCycle();
        var code = freshCode();
        scenario.publish(established(UUID.randomUUID(), code, 1))
                .andWaitForStateChange(() -> plans.findByCycleYearAndOwner(year, code.value()))
                .andVerify(plan -> {
                    assertThat(plan).get().satisfies(found -> {
                        assertThat(found.getStatus()).isEqualTo(PlanStatus.DRAFT);
                        assertThat(found.getOwner()).isEqualTo(Party.of(code));
                    });
                });
        assertThat(commissions.findByCode(code.value())).singleElement().satisfies(known -> {
            assertThat(known.nameEn()).isEqualTo("LCCTHB Proba");
            assertThat(known.status()).isEqualTo(CommissionState.ACTIVE);
            assertThat(known.sourceVersion()).isEqualTo(1);
        });
    }

    @Test
    void aStaleEventChangesNothing(Scenario scenario) {
        var id = UUID.randomUUID();
        var code = freshCode();
        scenario.publish(established(id, code, 3))
                .andWaitForStateChange(() -> commissions.findByCode(code.value()), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement()
                        .satisfies(known -> assertThat(known.sourceVersion()).isEqualTo(3)));
        var stale = new CommissionDetailsChanged(UUID.randomUUID(), Instant.now(), id, 2, code, "Старо", "Old", "Old",
                "Old Province");
        scenario.publish(stale).andWaitForStateChange(() -> new EventPublications(registry).completed(
                CommissionDetailsChanged.class, "annualplanning.commission-projection.details-changed",
                event -> event.eventId().equals(stale.eventId())), completed -> !completed.isEmpty())
                .andVerify(completed -> assertThat(commissions.findByCode(code.value())).singleElement()
                        .satisfies(known -> {
                            assertThat(known.nameEn()).isEqualTo("LCCTHB Proba");
                            assertThat(known.nameBg()).isEqualTo("МКБТХ Проба");
                            assertThat(known.sourceVersion()).isEqualTo(3);
                        }));
    }

    @Test
    void aDissolvedCommissionKeepsItsPlanButGetsNoneInLaterCycles(Scenario scenario) {
        int year = openCycle();
        var id = UUID.randomUUID();
        var code = freshCode();
        scenario.publish(established(id, code, 1))
                .andWaitForStateChange(() -> plans.existsByCycleYearAndOwner(year, code.value()), exists -> exists)
                .andVerify(exists -> assertThat(exists).isTrue());
        scenario.publish(new CommissionStatusChanged(UUID.randomUUID(), Instant.now(), id, 2, code, CommissionStatus.ACTIVE,
                CommissionStatus.DISSOLVED))
                .andWaitForStateChange(() -> commissions.findByCode(code.value()).get(0).status(),
                        status -> status == CommissionState.DISSOLVED)
                .andVerify(status -> assertThat(commissions.findByCode(code.value()).get(0).nameEn())
                        .isEqualTo("LCCTHB Proba"));
        assertThat(plans.findByCycleYearAndOwner(year, code.value())).get()
                .satisfies(plan -> assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT));
        int later = openCycle();
        assertThat(plans.existsByCycleYearAndOwner(later, code.value())).isFalse();
        assertThat(plans.existsByCycleYearAndOwner(later, Party.NATIONAL_VALUE)).isTrue();
    }
}
