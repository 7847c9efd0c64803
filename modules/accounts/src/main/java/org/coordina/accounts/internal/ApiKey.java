package org.coordina.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.sharedkernel.persistence.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An integrator's API key. Only its SHA-256 hash is kept (the key is random and long, so a slow hash
 * buys nothing), plus a short prefix so that people can tell their keys apart.
 */
@Table(schema = "accounts", name = "api_key")
public class ApiKey {

    @Id
    private UUID id;

    private UUID userId;

    private String name;

    private String keyPrefix;

    private String keyHash;

    private Instant revokedAt;

    @Version
    private long version;

    @Embedded.Empty
    private AuditTrail audit = new AuditTrail();

    /** For Spring Data only. */
    private ApiKey() {
    }

    /** A new key for this integrator, of which only the hash and display prefix are kept. */
    static ApiKey issue(UserAccount owner, String name, ApiKeySecret secret) {
        if (!owner.mayHoldApiKeys()) {
            throw DomainProblem.ruleViolated("accounts.apiKey.integratorsOnly", owner.getUsername());
        }
        var key = new ApiKey();
        key.id = UUID.randomUUID();
        key.userId = owner.getId();
        key.name = name.trim();
        key.keyPrefix = secret.displayPrefix();
        key.keyHash = secret.hash();
        return key;
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

    // Getters are public for the web package's mapper.
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

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return audit.getCreatedAt();
    }
}
