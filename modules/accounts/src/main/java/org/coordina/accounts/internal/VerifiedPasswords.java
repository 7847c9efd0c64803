package org.coordina.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks passwords with bcrypt, remembering successful checks for a short while so that an API
 * client sending HTTP Basic on every request pays for bcrypt once, not every time.
 *
 * <p>An entry is keyed by an HMAC of {@code username:password} under a key that lives only in this
 * process, so the cache never holds a password nor anything that could be checked against one
 * offline. It remembers the hash the password was verified against: a hit counts only if the account
 * loaded now is enabled and still has that hash, so a password change or a disabled account on any
 * instance ends the hit everywhere; this instance also forgets the user's entries at once.
 */
@Component
class VerifiedPasswords {

    private final PasswordHashing hashing;

    private final Cache<String, Verified> verified;

    private final SecretKeySpec hmacKey;

    @Autowired
    VerifiedPasswords(PasswordHashing hashing, BasicCacheProperties properties) {
        this(hashing, properties.timeToLive(), properties.maximumSize(), Ticker.systemTicker());
    }

    VerifiedPasswords(PasswordHashing hashing, Duration timeToLive, long maximumSize, Ticker ticker) {
        this.hashing = hashing;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(maximumSize)
                .ticker(ticker)
                .build();
        this.hmacKey = newHmacKey();
    }

    /** 256 random bits that never leave this process, so that nobody can compute a cache key elsewhere. */
    static SecretKeySpec newHmacKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, "HmacSHA256");
    }

    /** Whether this password is the account's, and the account may sign in. */
    boolean verify(UserAccount account, String rawPassword) {
        if (!account.isEnabled()) {
            forget(account.getUsername());
            return false;
        }
        var key = keyOf(account.getUsername(), rawPassword);
        var remembered = verified.getIfPresent(key);
        if (remembered != null) {
            if (remembered.sameHashAs(account.getPasswordHash())) {
                return true;
            }
            verified.invalidate(key);
        }
        if (!hashing.matches(rawPassword, account.getPasswordHash())) {
            return false;
        }
        verified.put(key, new Verified(account.getUsername(), account.getPasswordHash()));
        return true;
    }

    /** Forgets every remembered check of this user, after a password change, disabling or reset. */
    void forget(String username) {
        verified.asMap().values().removeIf(entry -> entry.username().equals(username));
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String keyOf(String username, String rawPassword) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal((username + ':' + rawPassword).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }

    /** A check that succeeded: whose, and against which hash. */
    private record Verified(String username, String passwordHash) {

        boolean sameHashAs(String currentHash) {
            return currentHash != null && MessageDigest.isEqual(passwordHash.getBytes(StandardCharsets.UTF_8),
                    currentHash.getBytes(StandardCharsets.UTF_8));
        }
    }
}
