package org.coordina.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An integrator's API key. Only its SHA-256 hash is kept (the key is random and long, so a slow hash
 * buys nothing), plus a short prefix so that people can tell their keys apart.
 */
@Table(schema = "accounts", name = "api_key")
class ApiKey {

    @Id
    private final UUID id;

    private final UUID userId;

    private final String name;

    private final String keyPrefix;

    private final String keyHash;

    private Instant revokedAt;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit;

    @PersistenceCreator
    ApiKey(UUID id, UUID userId, String name, String keyPrefix, String keyHash, Instant revokedAt, long version,
            AuditTrail audit) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.revokedAt = revokedAt;
        this.version = version;
        this.audit = audit;
    }

    /** A new key for this integrator, of which only the hash and display prefix are kept. */
    static ApiKey issue(UserAccount owner, String name, ApiKeySecret secret) {
        if (!owner.mayHoldApiKeys()) {
            throw new AccountRuleViolated("accounts.apiKey.integratorsOnly", owner.getUsername());
        }
        return new ApiKey(UUID.randomUUID(), owner.getId(), name.trim(), secret.displayPrefix(), secret.hash(), null, 0,
                new AuditTrail());
    }

    /** Revoking twice changes nothing: the key stays revoked as of the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    // Getters are public for MapStruct, which maps only public accessors; the class stays package-private.
    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getCreatedAt() {
        return audit.getCreatedAt();
    }
}
