package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class PasswordHashingTests {

    /** The lowest cost bcrypt allows: the same algorithm, 64 times faster than in production. */
    static final int CHEAP = 4;

    /** bcrypt, remembering what each check compared. */
    static class RecordingHashing extends PasswordHashing {

        RecordingHashing() {
            super(CHEAP);
        }

        final List<String> presented = new ArrayList<>();

        final List<String> hashes = new ArrayList<>();

        @Override
        boolean matches(String rawPassword, String hash) {
            presented.add(rawPassword);
            hashes.add(hash);
            return super.matches(rawPassword, hash);
        }
    }

    final PasswordHashing hashing = new PasswordHashing(CHEAP);

    @Test
    void aHashMatchesItsPasswordOnly() {
        var hash = hashing.hash("correct horse battery");

        assertThat(hash).startsWith("$2").doesNotContain("correct horse battery");
        assertThat(hashing.matches("correct horse battery", hash)).isTrue();
        assertThat(hashing.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void hashesAtBcryptsDefaultCostInProduction() {
        assertThat(new PasswordHashing().hash("correct horse battery")).startsWith("$2a$10$");
        assertThat(hashing.hash("correct horse battery")).startsWith("$2a$04$");
    }

    @Test
    void nothingMatchesAMissingPasswordOrHash() {
        assertThat(hashing.matches(null, hashing.hash(""))).isFalse();
        assertThat(hashing.matches("correct horse battery", null)).isFalse();
    }

    @Test
    void aPasswordLongerThanBcryptReadsNeverMatchesEvenIfItsStartDoes() {
        // bcrypt would read only the first 72 bytes, so the longer password would match without the check.
        var hash = hashing.hash("x".repeat(72));

        assertThat(hashing.matches("x".repeat(72), hash)).isTrue();
        assertThat(hashing.matches("x".repeat(73), hash)).isFalse();
    }

    @Test
    void spendsOneCheckOfThePresentedPasswordAgainstARandomDecoy() {
        var recording = new RecordingHashing();

        recording.spendOneCheck("guess");
        recording.spendOneCheck(null);

        assertThat(recording.presented).containsExactly("guess", "");
        var decoy = recording.hashes.get(0);
        assertThat(decoy).startsWith("$2").isEqualTo(recording.hashes.get(1));
        // The decoy is the hash of 16 random bytes, not of 16 zero bytes that anybody could present.
        assertThat(hashing.matches(Base64.getEncoder().encodeToString(new byte[16]), decoy)).isFalse();
    }
}
