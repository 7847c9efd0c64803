package org.coordina.victimsupport.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The register of support services. */
interface SupportServiceRepository extends ListCrudRepository<SupportService, UUID> {

    /** The service with this English name, if any (demo data finds what it seeded so). */
    Optional<SupportService> findFirstByNameEn(String nameEn);
}
