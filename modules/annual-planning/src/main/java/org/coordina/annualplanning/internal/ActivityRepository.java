package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The activities of all plans. */
interface ActivityRepository extends ListCrudRepository<Activity, UUID> {

    Optional<Activity> findByIdAndPlanId(UUID id, UUID planId);

    int countByPlanId(UUID planId);

    List<Activity> findByPlanId(UUID planId);

    Optional<Activity> findFirstByCycleYearAndOwnerAndTitleEn(int cycleYear, String owner, String titleEn);
}
