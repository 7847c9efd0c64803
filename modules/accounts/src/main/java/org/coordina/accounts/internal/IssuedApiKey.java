package org.coordina.accounts.internal;

/** A key just issued: the stored key and, this one time only, its plain value. */
public record IssuedApiKey(ApiKey key, String plainKey) {

    IssuedApiKey(ApiKey key, ApiKeySecret secret) {
        this(key, secret.value());
    }

    @Override
    public String toString() {
        // Never the plain key: values end up in logs.
        return "IssuedApiKey[" + key.getId() + ", " + key.getKeyPrefix() + "…]";
    }
}
