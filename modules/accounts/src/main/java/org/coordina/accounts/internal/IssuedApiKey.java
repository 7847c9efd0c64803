package org.coordina.accounts.internal;

/** A key just issued: the stored key and, this one time only, its plain value. */
record IssuedApiKey(ApiKey key, ApiKeySecret secret) {
}
