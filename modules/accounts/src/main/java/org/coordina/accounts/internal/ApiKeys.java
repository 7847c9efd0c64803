package org.coordina.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The stored API keys (hashes only). */
interface ApiKeys extends ListCrudRepository<ApiKey, UUID> {

    List<ApiKey> findByUserIdOrderByCreatedAt(UUID userId);

    Optional<ApiKey> findByIdAndUserId(UUID id, UUID userId);
}
