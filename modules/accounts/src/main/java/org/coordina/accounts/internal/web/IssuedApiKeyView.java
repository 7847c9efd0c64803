package org.coordina.accounts.internal.web;

import java.time.Instant;
import java.util.UUID;

/** The answer to issuing an API key: the only time the plain key is ever shown. */
record IssuedApiKeyView(UUID id, String name, String prefix, String key, Instant createdAt) {

    @Override
    public String toString() {
        return "IssuedApiKeyView[" + id + ", " + name + ", " + prefix + "…]";
    }
}
