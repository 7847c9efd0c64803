package org.coordina.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    /** One code point, two UTF-16 chars and four UTF-8 bytes. */
    static final String PANDA = "\uD83D\uDC3C";

    @Test
    void refusesNoPassword() {
        assertThatThrownBy(() -> PasswordPolicy.check(null)).hasMessage("accounts.password.tooShort");
    }

    @Test
    void acceptsExactlyTwelveCharacters() {
        assertThatCode(() -> PasswordPolicy.check("a".repeat(12))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("a".repeat(11))).hasMessage("accounts.password.tooShort");
    }

    @Test
    void countsCharactersAsPeopleSeeThemNotUtf16Units() {
        // Eleven pandas are 22 UTF-16 chars but only eleven characters.
        assertThatThrownBy(() -> PasswordPolicy.check(PANDA.repeat(11))).hasMessage("accounts.password.tooShort");
    }

    @Test
    void acceptsExactlySeventyTwoBytes() {
        assertThatCode(() -> PasswordPolicy.check("a".repeat(72))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("a".repeat(73))).hasMessage("accounts.password.tooLong");
        // Eighteen pandas are 72 bytes, nineteen are 76.
        assertThatCode(() -> PasswordPolicy.check(PANDA.repeat(18))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(PANDA.repeat(19))).hasMessage("accounts.password.tooLong");
    }

    @Test
    void bcryptTakesAtMostSeventyTwoUtf8Bytes() {
        assertThat(PasswordPolicy.fitsBcrypt("")).isTrue();
        assertThat(PasswordPolicy.fitsBcrypt("a".repeat(72))).isTrue();
        assertThat(PasswordPolicy.fitsBcrypt("a".repeat(73))).isFalse();
        assertThat(PasswordPolicy.fitsBcrypt("я".repeat(36))).isTrue();
        assertThat(PasswordPolicy.fitsBcrypt("я".repeat(37))).isFalse();
    }
}
