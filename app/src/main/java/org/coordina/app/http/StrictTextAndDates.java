package org.coordina.app.http;

import java.time.LocalDate;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text of a request body is free of control characters (tab and line breaks excepted), and
 * every date lies between {@link #EARLIEST} and {@link #LATEST}: PostgreSQL and the Julian/Gregorian
 * switch turn dates outside that range into other dates, and none of Coordina's dates can be there.
 */
@Configuration(proxyBeanMethods = false)
class StrictTextAndDates {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Bean
    JsonMapperBuilderCustomizer textWithoutControlCharactersAndDatesWithinRange() {
        var module = new SimpleModule("coordina-strict-text-and-dates");
        module.addDeserializer(String.class, new TextWithoutControlCharacters());
        module.addDeserializer(LocalDate.class, new DateWithinRange());
        return builder -> builder.addModule(module);
    }

    static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    /** Text as Jackson reads it (with the strict coercions), refused if it holds a control character. */
    static final class TextWithoutControlCharacters extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = super.deserialize(parser, context);
            if (text != null && hasControlCharacters(text)) {
                throw new InvalidFieldValue(parser, "problem.field.controlCharacters", String.class);
            }
            return text;
        }
    }

    /** An ISO date as Jackson reads it, refused outside the range. */
    static final class DateWithinRange extends StdScalarDeserializer<LocalDate> {

        DateWithinRange() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            var date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                throw new InvalidFieldValue(parser, "problem.field.dateRange", LocalDate.class, EARLIEST, LATEST);
            }
            return date;
        }
    }
}
