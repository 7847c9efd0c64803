package org.coordina.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** The stored user accounts. */
interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID>, ListPagingAndSortingRepository<UserAccount, UUID> {

    /** Served by the unique index on username; runs on every password sign-in. */
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The owner of a key that is not revoked, in one query over the unique index on the key hash. */
    @Query("""
            SELECT u.* FROM accounts.user_account u
            JOIN accounts.api_key k ON k.user_id = u.id
            WHERE k.key_hash = :keyHash AND k.revoked_at IS NULL
            """)
    Optional<UserAccount> findByActiveApiKeyHash(String keyHash);
}
