package org.coordina.accounts.internal;

import java.nio.charset.StandardCharsets;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * What a chosen password must satisfy. bcrypt reads at most 72 bytes, so longer passwords are
 * refused rather than silently truncated.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    static final int MAXIMUM_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Throws unless the password may be chosen by a person (demo accounts are exempt elsewhere). */
    static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw DomainProblem.ruleViolated("accounts.password.tooShort", MINIMUM_LENGTH);
        }
        if (!fitsBcrypt(password)) {
            throw DomainProblem.ruleViolated("accounts.password.tooLong", MAXIMUM_BYTES);
        }
    }

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES;
    }
}
