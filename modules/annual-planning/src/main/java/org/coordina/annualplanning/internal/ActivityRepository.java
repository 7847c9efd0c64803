package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The activities of all plans. */
interface ActivityRepository extends ListCrudRepository<Activity, UUID> {

    Optional<Activity> findByIdAndPlanId(UUID id, UUID planId);

    int countByPlanId(UUID planId);

    List<Activity> findByPlanId(UUID planId);

    Optional<Activity> findFirstByCycleYearAndOwnerAndTitleEn(int cycleYear, String owner, String titleEn);

    /** Whether anything keeps the activity: reported progress, a contribution, a serving activity or its proposal. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM annualplanning.activity_progress WHERE activity_id = :id)
                OR EXISTS (SELECT 1 FROM annualplanning.contribution WHERE activity_id = :id)
                OR EXISTS (SELECT 1 FROM annualplanning.activity WHERE serves_activity_id = :id)
                OR EXISTS (SELECT 1 FROM annualplanning.proposal WHERE adopted_activity_id = :id)""")
    boolean isReferenced(UUID id);
}
