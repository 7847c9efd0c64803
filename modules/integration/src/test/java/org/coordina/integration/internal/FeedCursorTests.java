package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedCursorTests {

    @Test
    void aCursorReadsBackAsTheSamePosition() {
        var cursor = new FeedCursor(4711);

        assertThat(FeedCursor.valueOf(cursor.toString())).isEqualTo(cursor);
        assertThat(cursor.toString()).doesNotContain("4711").doesNotContain("=");
    }

    @Test
    void theStartIsPositionZero() {
        assertThat(FeedCursor.START.position()).isZero();
        assertThat(FeedCursor.valueOf(FeedCursor.START.toString())).isEqualTo(FeedCursor.START);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12", "!!!", "f2:12", "f1:", "f1:-3", "f1:12a", "f1:1234567890123456789" })
    void anythingButAnIssuedCursorIsRefused(String text) {
        String candidate = text.startsWith("f") ? encode(text) : text;
        assertThatIllegalArgumentException().isThrownBy(() -> FeedCursor.valueOf(candidate));
    }

    @Test
    void aNegativePositionIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FeedCursor(-1));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
