package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class ApiKeySecretTests {

    @Test
    void hashesWithSha256InLowerCaseHex() {
        // The test vector of FIPS 180-2 for "abc".
        assertThat(new ApiKeySecret("abc").hash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void generatedKeysAreLongRandomAndRecognisable() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 100; i++) {
            var key = ApiKeySecret.generate();
            assertThat(key.value()).startsWith("cak_").hasSize(4 + 43).matches("cak_[A-Za-z0-9_-]{43}");
            assertThat(seen.add(key.value())).isTrue();
        }
    }

    @Test
    void theSameKeyAlwaysHasTheSameHashAndDifferentKeysDifferentOnes() {
        var key = ApiKeySecret.generate();
        assertThat(new ApiKeySecret(key.value()).hash()).isEqualTo(key.hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(ApiKeySecret.generate().hash()).isNotEqualTo(key.hash());
    }

    @Test
    void showsOnlyAShortPrefix() {
        var key = ApiKeySecret.generate();
        assertThat(key.displayPrefix()).hasSize(12);
        assertThat(key.value()).startsWith(key.displayPrefix());
        assertThat(key.toString()).doesNotContain(key.value()).isEqualTo("ApiKeySecret[" + key.displayPrefix() + "…]");
    }

    @Test
    void aShortValueIsItsOwnPrefix() {
        assertThat(new ApiKeySecret("cak_x").displayPrefix()).isEqualTo("cak_x");
        assertThat(new ApiKeySecret("cak_123456789").displayPrefix()).isEqualTo("cak_12345678");
    }
}
