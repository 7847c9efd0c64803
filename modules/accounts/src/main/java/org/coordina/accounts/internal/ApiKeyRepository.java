package org.coordina.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** The stored API keys (hashes only). */
interface ApiKeyRepository extends ListCrudRepository<ApiKey, UUID> {

    Page<ApiKey> findByUserId(UUID userId, Pageable pageable);

    Optional<ApiKey> findByIdAndUserId(UUID id, UUID userId);
}
