package org.coordina.annualplanning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.coordina.testsupport.InMemoryRepository;

/** The activities in a map. */
class InMemoryActivities extends InMemoryRepository<Activity> implements ActivityRepository {

    InMemoryActivities(List<Object> published) {
        super(Activity.class, published);
    }

    @Override
    public Optional<Activity> findByIdAndPlanId(UUID id, UUID planId) {
        return findById(id).filter(activity -> activity.getPlanId().equals(planId));
    }

    @Override
    public int countByPlanId(UUID planId) {
        return where(activity -> activity.getPlanId().equals(planId)).size();
    }

    @Override
    public List<Activity> findByPlanId(UUID planId) {
        return where(activity -> activity.getPlanId().equals(planId));
    }

    @Override
    public Optional<Activity> findFirstByCycleYearAndOwnerAndTitleEn(int cycleYear, String owner, String titleEn) {
        return where(activity -> activity.getCycleYear() == cycleYear && activity.getOwner().value().equals(owner)
                && activity.getTitleEn().equals(titleEn)).stream().findFirst();
    }

    /** Only serving activities are known here; progress, contributions and proposals live in other repositories. */
    @Override
    public boolean isReferenced(UUID id) {
        return !where(activity -> id.equals(activity.getServesActivityId())).isEmpty();
    }
}
