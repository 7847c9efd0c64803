package org.coordina.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle the application names (its {@code spring.messages.basename}) exists in English and Bulgarian
 * with the same keys, no key twice, and every text a valid {@link MessageFormat} pattern: a broken choice pattern
 * once took the national admin's home page down, and a key written twice silently keeps only its last text.
 */
class MessageBundleTests {

    private static final Pattern BEAN_VALIDATION_PARAMETER = Pattern.compile("\\{[a-zA-Z]");

    static Stream<String> basenames() throws IOException {
        try (InputStream in = resource("application.yaml")) {
            var yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var matcher = Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)").matcher(yaml);
            assertThat(matcher.find()).as("spring.messages.basename in application.yaml").isTrue();
            return Arrays.stream(matcher.group(1).split(","));
        }
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void theBundleHasTheSameKeysInBothLanguagesEachOnceAndEveryTextParses(String basename) throws IOException {
        var english = load(basename + ".properties");
        var bulgarian = load(basename + "_bg.properties");

        assertThat(english.duplicates()).as("keys written twice in %s.properties", basename).isEmpty();
        assertThat(bulgarian.duplicates()).as("keys written twice in %s_bg.properties", basename).isEmpty();
        assertThat(ownKeys(bulgarian.texts())).as("keys of %s_bg.properties", basename)
                .isEqualTo(ownKeys(english.texts()));
        assertThat(invalidPatterns(english.texts(), Locale.ENGLISH)).as("%s.properties", basename).isEmpty();
        assertThat(invalidPatterns(bulgarian.texts(), Locale.forLanguageTag("bg"))).as("%s_bg.properties", basename).isEmpty();
    }

    /** The keys but Bean Validation's own, whose English texts Hibernate Validator ships and only Bulgarian adds. */
    private static Set<String> ownKeys(Properties texts) {
        var keys = new TreeSet<>(texts.stringPropertyNames());
        keys.removeIf(key -> key.startsWith("jakarta.validation."));
        return keys;
    }

    private static List<String> invalidPatterns(Properties texts, Locale locale) {
        var invalid = new ArrayList<String>();
        for (String key : texts.stringPropertyNames()) {
            if (BEAN_VALIDATION_PARAMETER.matcher(texts.getProperty(key)).find()) {
                continue; // interpolated by Bean Validation ({min}), not by MessageFormat
            }
            try {
                new MessageFormat(texts.getProperty(key), locale);
            } catch (IllegalArgumentException e) {
                invalid.add(key + ": " + e.getMessage());
            }
        }
        return invalid;
    }

    private static Bundle load(String path) throws IOException {
        try (InputStream in = resource(path)) {
            var content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var texts = new Properties();
            texts.load(new StringReader(content));
            Set<String> seen = new HashSet<>();
            Set<String> duplicates = new TreeSet<>();
            boolean continued = false;
            for (String line : content.split("\\R")) {
                var trimmed = line.strip();
                boolean startsKey = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#")
                        && !trimmed.startsWith("!");
                if (startsKey) {
                    var key = trimmed.split("\\s*[=:]\\s*|\\s+", 2)[0];
                    if (!seen.add(key)) {
                        duplicates.add(key);
                    }
                }
                continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
            }
            return new Bundle(texts, duplicates);
        }
    }

    private static InputStream resource(String path) {
        var in = MessageBundleTests.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as("%s on the class path", path).isNotNull();
        return in;
    }

    private record Bundle(Properties texts, Set<String> duplicates) {
    }
}
