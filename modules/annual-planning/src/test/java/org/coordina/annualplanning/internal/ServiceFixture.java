package org.coordina.annualplanning.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.domain.Party;
import org.coordina.testsupport.InMemoryRegisteredCommissions;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Annual planning's application services wired by hand on in-memory repositories that publish what saving
 * publishes, an in-memory history and a fixed clock: for Spring-free unit tests of the services.
 */
class ServiceFixture {

    static final Instant NOW = Instant.parse("2030-01-10T09:00:00Z");

    static final int YEAR = 2030;

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final List<Object> published = new ArrayList<>();

    final InMemoryCycles cycleRepository = new InMemoryCycles(published);

    final InMemoryPlans planRepository = new InMemoryPlans(published);

    final InMemoryActivities activityRepository = new InMemoryActivities(published);

    final ReportingServiceFixture.Progress progressRepository = new ReportingServiceFixture.Progress(published);

    final InMemoryRegisteredCommissions commissionRepository = new InMemoryRegisteredCommissions();

    final CommissionRegister register = new CommissionRegister(commissionRepository, clock);

    final InMemoryHistory store = new InMemoryHistory(clock);

    final PlanningHistory history = new PlanningHistory(store);

    final PlanningCycles cycles = new PlanningCycles(cycleRepository, planRepository, register, history, clock);

    final Plans plans = new Plans(planRepository, activityRepository, cycles, history, clock,
            new QuarterlyReportSchedule(new ReportingServiceFixture.Reports(published), cycleRepository, history));

    final ActivityPlanning activities = new ActivityPlanning(activityRepository, progressRepository, plans, cycles,
            history, clock);

    final CommissionProjection projection = new CommissionProjection(register, cycles);

    static Party owner(String code) {
        return Party.of(new CommissionCode(code));
    }

    /** A commission the projection knows, active, at version 1. */
    UUID known(String code) {
        var id = UUID.randomUUID();
        commissionRepository.upsert(id, code, "МКБТХ " + code, "LCCTHB " + code, CommissionStatus.ACTIVE.name(), 1, NOW);
        return id;
    }

    /** An open cycle of {@link #YEAR} with the default programme, its events and history taken. */
    PlanningCycle openCycle() {
        var cycle = cycles.draft(YEAR, null, null);
        cycle = cycles.open(YEAR, cycle.getVersion());
        published.clear();
        store.entries.clear();
        return cycle;
    }

    /** An activity added to this owner's plan, its events and history taken. */
    Activity added(Party owner, UUID serves) {
        var activity = activities.add(YEAR, owner, details("II", serves));
        published.clear();
        store.entries.clear();
        return activity;
    }

    static ActivityDetails details(String section, UUID serves) {
        return new ActivityDetails("Кампания", "Campaign", "Around 18 October", section, null, serves,
                List.of("Municipality"), List.of("NGO"), new Financing("State budget", new BigDecimal("1000.00"), "BGN"),
                LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 10, 31), List.of(4, 2), "Awareness",
                List.of(indicator(null, "100")));
    }

    static Indicator indicator(UUID id, String target) {
        return new Indicator(id, "Участници", "Participants", "people", BigDecimal.ZERO, new BigDecimal(target),
                IndicatorKind.INCREMENTAL);
    }

    /** The events an aggregate has registered and not yet published. */
    static List<Object> eventsOf(Object aggregate) {
        Collection<?> events = ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
        return List.copyOf(events);
    }

    /** Asserts that this call is refused with exactly this problem. */
    static void refused(ThrowingCallable call, DomainProblem.Kind kind, String messageCode, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            org.assertj.core.api.Assertions.assertThat(problem.kind()).isEqualTo(kind);
            org.assertj.core.api.Assertions.assertThat(problem.messageCode()).isEqualTo(messageCode);
            org.assertj.core.api.Assertions.assertThat(problem.arguments()).containsExactly(arguments);
        });
    }
}
