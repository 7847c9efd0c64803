package org.coordina.accounts.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * bcrypt, and only bcrypt: hashing chosen passwords and checking presented ones. Kept out of the
 * context as a {@code PasswordEncoder} so that nothing else picks it up by type.
 */
@Component
class PasswordHashing {

    /** bcrypt's default cost: 2^10 rounds. */
    static final int STRENGTH = 10;

    private final BCryptPasswordEncoder bcrypt;

    /** Compared against when the username is unknown, so that unknown users cost as much as known ones. */
    private final String decoyHash;

    @Autowired
    PasswordHashing() {
        this(STRENGTH);
    }

    /** With a lower cost for the unit tests, which run bcrypt hundreds of times under mutation testing. */
    PasswordHashing(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
        var random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.decoyHash = bcrypt.encode(Base64.getEncoder().encodeToString(random));
    }

    String hash(String rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    /** Whether the password matches the hash; passwords bcrypt cannot take (over 72 bytes) never match. */
    boolean matches(String rawPassword, String hash) {
        if (rawPassword == null || hash == null || !PasswordPolicy.fitsBcrypt(rawPassword)) {
            return false;
        }
        return bcrypt.matches(rawPassword, hash);
    }

    /** Spends the time of one check, for a user who does not exist or may not sign in. */
    void spendOneCheck(String rawPassword) {
        matches(rawPassword == null ? "" : rawPassword, decoyHash);
    }
}
