package org.coordina.internationalcooperation.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The partners. */
interface PartnerRepository extends ListCrudRepository<Partner, UUID> {

    @Query("SELECT count(*) FROM internationalcooperation.partner WHERE id IN (:ids)")
    int countExisting(Collection<UUID> ids);
}
