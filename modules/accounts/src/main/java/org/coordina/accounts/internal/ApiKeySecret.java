package org.coordina.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The plain value of an API key: {@code cak_} and 256 random bits, URL-safe. It exists only while
 * being handed to its owner once and while a request presents it; what is stored is {@link #hash()}.
 */
record ApiKeySecret(String value) {

    static final String PREFIX = "cak_";

    private static final int DISPLAY_LENGTH = PREFIX.length() + 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    static ApiKeySecret generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The lower-case hex SHA-256 of the key, as stored and looked up. */
    String hash() {
        return sha256Hex(value);
    }

    /** The first characters of the key, enough for a person to recognise it, useless to an attacker. */
    String displayPrefix() {
        return value.substring(0, Math.min(DISPLAY_LENGTH, value.length()));
    }

    static String sha256Hex(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + displayPrefix() + "…]";
    }
}
