package org.coordina.victimsupport.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The support activities of the commissions. */
interface SupportActivityRepository extends ListCrudRepository<SupportActivity, UUID> {

    /** Whether a commission has any support activity (demo data seeds a commission once). */
    boolean existsByCommissionCode(String commissionCode);
}
