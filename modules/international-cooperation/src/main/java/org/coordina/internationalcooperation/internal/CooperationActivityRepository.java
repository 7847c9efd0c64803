package org.coordina.internationalcooperation.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The cooperation activities. */
interface CooperationActivityRepository extends ListCrudRepository<CooperationActivity, UUID> {
}
