package org.coordina.accounts.internal.web;

import java.time.Instant;
import java.util.UUID;

/** An API key as listed: its name and display prefix, never the key or its hash. */
record ApiKeyView(UUID id, String name, String prefix, Instant createdAt, Instant revokedAt) {
}
