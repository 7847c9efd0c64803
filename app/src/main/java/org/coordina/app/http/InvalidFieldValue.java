package org.coordina.app.http;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A well-formed JSON value that no field accepts (control characters, a date out of range): a 422
 * naming the field, not a 400. Carries a message code, never the value's Java type.
 */
class InvalidFieldValue extends InvalidFormatException {

    private final String messageCode;

    private final transient Object[] arguments;

    InvalidFieldValue(JsonParser parser, String messageCode, Class<?> targetType, Object... arguments) {
        super(parser, messageCode, null, targetType);
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    String messageCode() {
        return messageCode;
    }

    Object[] arguments() {
        return arguments;
    }
}
