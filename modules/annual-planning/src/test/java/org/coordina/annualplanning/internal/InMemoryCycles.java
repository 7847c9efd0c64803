package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;

import org.coordina.testsupport.InMemoryRepository;

/** The planning cycles in a map. */
class InMemoryCycles extends InMemoryRepository<PlanningCycle> implements PlanningCycleRepository {

    InMemoryCycles(List<Object> published) {
        super(PlanningCycle.class, published);
    }

    @Override
    public Optional<PlanningCycle> findByYear(int year) {
        return where(cycle -> cycle.getYear() == year).stream().findFirst();
    }

    @Override
    public boolean existsByYear(int year) {
        return findByYear(year).isPresent();
    }

    @Override
    public List<PlanningCycle> findByStatus(CycleStatus status) {
        return where(cycle -> cycle.getStatus() == status);
    }
}
