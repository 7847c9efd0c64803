package org.coordina.accounts.internal;

import org.coordina.testsupport.InMemoryRepository;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The API keys in a map. */
class InMemoryApiKeys extends InMemoryRepository<ApiKey> implements ApiKeyRepository {

    /** The stored hash has no getter (nothing in the application reads it back); the query matches it in SQL. */
    private static final Field KEY_HASH;

    static {
        try {
            KEY_HASH = ApiKey.class.getDeclaredField("keyHash");
            KEY_HASH.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    InMemoryApiKeys() {
        super(ApiKey.class);
    }

    @Override
    public Page<ApiKey> findByUserId(UUID userId, Pageable pageable) {
        return page(key -> key.getUserId().equals(userId), pageable);
    }

    @Override
    public Optional<ApiKey> findByIdAndUserId(UUID id, UUID userId) {
        return findById(id).filter(key -> key.getUserId().equals(userId));
    }

    /** The key with this hash that is not revoked, as the query joining the accounts finds it. */
    Optional<ApiKey> findActiveByHash(String keyHash) {
        return where(key -> !key.isRevoked() && keyHash.equals(hashOf(key))).stream().findFirst();
    }

    private static String hashOf(ApiKey key) {
        try {
            return (String) KEY_HASH.get(key);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
