package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The plans, one per cycle and owner (unique index on year and owner). */
interface PlanRepository extends ListCrudRepository<Plan, UUID> {

    Optional<Plan> findByCycleYearAndOwner(int cycleYear, String owner);

    boolean existsByCycleYearAndOwner(int cycleYear, String owner);

    List<Plan> findByCycleYear(int cycleYear);

    /**
     * Serialises, until the transaction ends, the two ways plans are created: opening a cycle (a plan per
     * known active commission) and projecting a commission established meanwhile (a plan per open cycle).
     * Without it, a commission projected while a cycle opens could get no plan, or two. Both are rare.
     */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('annualplanning.plan-creation'))) AS l")
    int lockPlanCreation();
}
