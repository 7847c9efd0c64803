package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The plans, one per cycle and owner (unique index on year and owner). */
interface PlanRepository extends ListCrudRepository<Plan, UUID> {

    Optional<Plan> findByCycleYearAndOwner(int cycleYear, String owner);

    boolean existsByCycleYearAndOwner(int cycleYear, String owner);

    List<Plan> findByCycleYear(int cycleYear);
}
