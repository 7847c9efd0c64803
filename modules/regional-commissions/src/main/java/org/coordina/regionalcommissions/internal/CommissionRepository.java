package org.coordina.regionalcommissions.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** The commissions, looked up by their code (unique index). */
interface CommissionRepository extends ListCrudRepository<Commission, UUID>, PagingAndSortingRepository<Commission, UUID> {

    Optional<Commission> findByCode(String code);

    boolean existsByCode(String code);
}
