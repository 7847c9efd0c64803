package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The planning cycles, one per year (unique index on year). */
interface PlanningCycleRepository extends ListCrudRepository<PlanningCycle, UUID> {

    Optional<PlanningCycle> findByYear(int year);

    boolean existsByYear(int year);

    List<PlanningCycle> findByStatus(CycleStatus status);
}
