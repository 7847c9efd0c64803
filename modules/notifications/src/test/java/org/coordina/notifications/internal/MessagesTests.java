package org.coordina.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every notice kind and mail template has its texts in both bundles, and the two bundles have the same keys. */
class MessagesTests {

    @ParameterizedTest
    @ValueSource(strings = { "notifications/messages.properties", "notifications/messages_bg.properties" })
    void everyNoticeKindHasATitleAndABody(String bundle) throws Exception {
        var messages = load(bundle);
        for (var kind : NoticeKind.values()) {
            assertThat(messages).containsKeys(kind.code() + ".title", kind.code() + ".body");
        }
        assertThat(messages.keySet()).isEqualTo(load("notifications/messages.properties").keySet());
    }

    private static Properties load(String bundle) throws Exception {
        var properties = new Properties();
        try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
