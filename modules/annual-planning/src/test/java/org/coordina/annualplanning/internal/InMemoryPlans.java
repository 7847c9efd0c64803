package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;

import org.coordina.testsupport.InMemoryRepository;

/** The plans in a map. */
class InMemoryPlans extends InMemoryRepository<Plan> implements PlanRepository {

    InMemoryPlans(List<Object> published) {
        super(Plan.class, published);
    }

    @Override
    public Optional<Plan> findByCycleYearAndOwner(int cycleYear, String owner) {
        return where(plan -> plan.getCycleYear() == cycleYear && plan.getOwner().value().equals(owner)).stream()
                .findFirst();
    }

    @Override
    public boolean existsByCycleYearAndOwner(int cycleYear, String owner) {
        return findByCycleYearAndOwner(cycleYear, owner).isPresent();
    }

    @Override
    public List<Plan> findByCycleYear(int cycleYear) {
        return where(plan -> plan.getCycleYear() == cycleYear);
    }

    /** Nothing to serialise in a map (the database version takes an advisory lock). */
    public int lockPlanCreation() {
        return 1;
    }
}
