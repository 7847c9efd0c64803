package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import org.coordina.sharedkernel.security.Role;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTests {

    static final String PASSWORD = "correct horse battery";

    /** bcrypt, counting how often it really runs. */
    static class CountingHashing extends PasswordHashing {

        final AtomicInteger checks = new AtomicInteger();

        CountingHashing() {
            super(PasswordHashingTests.CHEAP);
        }

        @Override
        boolean matches(String rawPassword, String hash) {
            checks.incrementAndGet();
            return super.matches(rawPassword, hash);
        }
    }

    static class ManualTicker implements Ticker {

        final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    final CountingHashing hashing = new CountingHashing();

    final ManualTicker ticker = new ManualTicker();

    final VerifiedPasswords passwords = new VerifiedPasswords(hashing, Duration.ofMinutes(5), 100, ticker);

    final String hash = hashing.hash(PASSWORD);

    UserAccount account(String username, String passwordHash, boolean enabled) {
        var account = UserAccount.open(username, "Some One", "some@example.org", new RoleAssignment(Role.AUDITOR, null),
                passwordHash);
        if (!enabled) {
            account.disable(java.time.Instant.EPOCH);
        }
        return account;
    }

    @Test
    void aRepeatedSignInDoesNotRunBcryptAgain() {
        var account = account("auditor", hash, true);
        assertThat(passwords.verify(account, PASSWORD)).isTrue();
        assertThat(passwords.verify(account, PASSWORD)).isTrue();
        assertThat(passwords.verify(account("auditor", hash, true), PASSWORD)).isTrue();
        assertThat(hashing.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        var account = account("auditor", hash, true);
        assertThat(passwords.verify(account, "wrong password!")).isFalse();
        assertThat(passwords.verify(account, "wrong password!")).isFalse();
        assertThat(hashing.checks).hasValue(2);
        assertThat(passwords.size()).isZero();
    }

    @Test
    void aChangedPasswordHashEndsTheHitEvenWithoutBeingTold() {
        assertThat(passwords.verify(account("auditor", hash, true), PASSWORD)).isTrue();
        // Changed on another instance: this one still remembers the old check.
        var changed = account("auditor", hashing.hash("another password"), true);
        assertThat(passwords.verify(changed, PASSWORD)).isFalse();
        assertThat(hashing.checks).hasValue(2);
        assertThat(passwords.verify(changed, "another password")).isTrue();
    }

    @Test
    void aStaleCheckIsDroppedOnceItNoLongerHits() {
        assertThat(passwords.verify(account("auditor", hash, true), PASSWORD)).isTrue();
        var changed = account("auditor", hashing.hash("another password"), true);

        assertThat(passwords.verify(changed, PASSWORD)).isFalse();

        assertThat(passwords.size()).isZero();
    }

    @Test
    void theCacheKeysAreMacsUnderARandomKeyOfThisProcess() {
        var key = VerifiedPasswords.newHmacKey();

        assertThat(key.getAlgorithm()).isEqualTo("HmacSHA256");
        assertThat(key.getEncoded()).hasSize(32).isNotEqualTo(new byte[32]);
        assertThat(VerifiedPasswords.newHmacKey().getEncoded()).isNotEqualTo(key.getEncoded());
    }

    @Test
    void aDisabledAccountNeverHits() {
        assertThat(passwords.verify(account("auditor", hash, true), PASSWORD)).isTrue();
        assertThat(passwords.verify(account("auditor", hash, false), PASSWORD)).isFalse();
        assertThat(hashing.checks).hasValue(1);
        assertThat(passwords.size()).isZero();
    }

    @Test
    void aRememberedCheckExpires() {
        var account = account("auditor", hash, true);
        assertThat(passwords.verify(account, PASSWORD)).isTrue();
        ticker.advance(Duration.ofMinutes(4));
        assertThat(passwords.verify(account, PASSWORD)).isTrue();
        assertThat(hashing.checks).hasValue(1);
        ticker.advance(Duration.ofMinutes(2));
        assertThat(passwords.verify(account, PASSWORD)).isTrue();
        assertThat(hashing.checks).hasValue(2);
    }

    @Test
    void anExpiredCheckNoLongerCounts() {
        passwords.verify(account("auditor", hash, true), PASSWORD);

        ticker.advance(Duration.ofMinutes(6));

        assertThat(passwords.size()).isZero();
    }

    @Test
    void forgettingAUserDropsOnlyTheirChecks() {
        var auditor = account("auditor", hash, true);
        var other = account("other", hash, true);
        passwords.verify(auditor, PASSWORD);
        passwords.verify(other, PASSWORD);
        passwords.forget("auditor");
        assertThat(passwords.size()).isEqualTo(1);
        passwords.verify(auditor, PASSWORD);
        passwords.verify(other, PASSWORD);
        assertThat(hashing.checks).hasValue(3);
    }

    @Test
    void theSamePasswordOfAnotherUserIsAnotherEntry() {
        passwords.verify(account("auditor", hash, true), PASSWORD);
        assertThat(passwords.verify(account("other", hashing.hash("something else!"), true), PASSWORD)).isFalse();
        assertThat(hashing.checks).hasValue(2);
    }

    @Test
    void staysWithinItsMaximumSize() {
        var small = new VerifiedPasswords(hashing, Duration.ofMinutes(5), 2, ticker);
        for (int i = 0; i < 5; i++) {
            small.verify(account("user" + i, hash, true), PASSWORD);
        }
        assertThat(small.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void aPasswordBcryptCannotTakeSimplyDoesNotMatch() {
        assertThat(passwords.verify(account("auditor", hash, true), "x".repeat(100))).isFalse();
    }
}
