package org.coordina.webconventions;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads request bodies strictly: a number where text or a date belongs is a 400, not a value
 * silently made up from it (a day count for a date, digits for a name).
 */
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictScalarCoercion() {
        return builder -> {
            for (LogicalType type : new LogicalType[] { LogicalType.Textual, LogicalType.DateTime }) {
                builder.withCoercionConfig(type, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
            }
        };
    }
}
