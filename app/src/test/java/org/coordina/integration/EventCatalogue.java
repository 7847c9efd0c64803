package org.coordina.integration;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

/**
 * Writes the catalogue from the event records: one JSON Schema per event type ({@code docs/events/<module>/
 * <Name>.v<n>.json}) and {@code docs/asyncapi.yaml} (AsyncAPI 3) with one channel per module topic and one message
 * per type. Deterministic, so a committed catalogue can be compared with what the records say now.
 */
final class EventCatalogue {

    private final SchemaGenerator generator;

    EventCatalogue() {
        var builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.FLATTENED_ENUMS);
        // A value type written as one string in JSON (CommissionCode, Party: @JsonValue) is a string.
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> writtenAsString(type.getErasedType())
                ? new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("type", "string"))
                : null);
        // A LocalDateTime has no offset, so it is no JSON Schema date-time: the event carries its zone beside it.
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> type
                .getErasedType() == java.time.LocalDateTime.class
                        ? new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("type", "string")
                                .put("description", "a local date-time, ISO-8601 without offset")
                                .put("pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"))
                        : null);
        // Primitives are never missing; objects may be null, and null values are left out of the JSON.
        builder.forFields().withRequiredCheck(field -> field.getType().getErasedType().isPrimitive()
                || List.of("eventId", "occurredAt").contains(field.getName()));
        this.generator = new SchemaGenerator(builder.build());
    }

    /** Files of the catalogue by path relative to {@code docs/}, in a stable order. */
    Map<String, String> files(List<Class<?>> eventTypes) {
        Map<String, String> files = new TreeMap<>();
        for (Class<?> type : eventTypes) {
            files.put(schemaPath(type), schema(type).toPrettyString() + "\n");
        }
        files.put("asyncapi.yaml", asyncApi(eventTypes));
        return files;
    }

    ObjectNode schema(Class<?> type) {
        ObjectNode schema = generator.generateSchema(type);
        ObjectNode ordered = schema.objectNode();
        ordered.put("$schema", schema.path("$schema").asText());
        ordered.put("$id", "https://coordina.example.org/events/" + EventSamples.cloudEventsType(type) + ".json");
        ordered.put("title", EventSamples.cloudEventsType(type));
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$schema")) {
                ordered.set(field.getKey(), field.getValue());
            }
        });
        return ordered;
    }

    static String schemaPath(Class<?> type) {
        return "events/" + EventSamples.module(type) + "/" + EventSamples.name(type) + ".v" + EventSamples.version(type)
                + ".json";
    }

    private static String asyncApi(List<Class<?>> eventTypes) {
        Map<String, List<Class<?>>> byModule = new TreeMap<>();
        eventTypes.forEach(type -> byModule.computeIfAbsent(EventSamples.module(type), module -> new java.util.ArrayList<>())
                .add(type));
        var yaml = new StringBuilder("""
                # GENERATED from the event records by EventCatalogueTests; do not edit by hand. Regenerate with:
                #   ./mvnw -B -q test -pl app -am -Dtest=EventCatalogueTests -Dsurefire.failIfNoSpecifiedTests=false -Dcoordina.catalogue.write=true
                asyncapi: 3.0.0
                info:
                  title: Coordina events
                  version: '1'
                  description: >-
                    Every event Coordina's modules publish for integrators, on Kafka (one topic per module) and on the
                    HTTP feed GET /api/v1/events (CloudEvents JSON, structured mode). Kafka records carry the event as
                    JSON and the CloudEvents attributes as binary-mode headers (ce_id, ce_type, ce_source, ce_subject,
                    ce_time, ce_specversion, content-type); the key is the aggregate id. See docs/integrators.md.
                defaultContentType: application/json
                servers:
                  kafka:
                    host: 'kafka.example.org:9092'
                    protocol: kafka
                    description: The Kafka cluster Coordina publishes to (spring.kafka.bootstrap-servers).
                  feed:
                    host: 'coordina.example.org'
                    protocol: https
                    pathname: /api/v1/events
                    description: The HTTP feed (INTEGRATOR role; HTTP Basic, bearer token or X-API-Key).
                channels:
                """);
        byModule.forEach((module, types) -> {
            yaml.append("  ").append(module).append(":\n");
            yaml.append("    address: coordina.").append(module).append(".v1\n");
            yaml.append("    description: The events of the ").append(module).append(" module.\n");
            yaml.append("    servers:\n      - $ref: '#/servers/kafka'\n");
            yaml.append("    messages:\n");
            for (Class<?> type : types) {
                yaml.append("      ").append(EventSamples.name(type)).append(".v").append(EventSamples.version(type))
                        .append(":\n        $ref: '#/components/messages/").append(EventSamples.cloudEventsType(type))
                        .append("'\n");
            }
        });
        yaml.append("operations:\n");
        byModule.forEach((module, types) -> {
            yaml.append("  receive-").append(module).append(":\n");
            yaml.append("    action: receive\n");
            yaml.append("    channel:\n      $ref: '#/channels/").append(module).append("'\n");
            yaml.append("    summary: What integrators receive from the ").append(module).append(" module.\n");
        });
        yaml.append("""
                components:
                  schemas:
                    CloudEventsHeaders:
                      type: object
                      description: CloudEvents 1.0 Kafka protocol binding, binary mode; every value a plain UTF-8 string.
                      required: [ce_id, ce_type, ce_source, ce_time, ce_specversion, content-type]
                      properties:
                        ce_id:
                          type: string
                          format: uuid
                          description: The event's id (eventId); a duplicate delivery has the same id.
                        ce_type:
                          type: string
                          description: org.coordina.<module>.<EventName>.v<version>
                        ce_source:
                          type: string
                          description: /coordina/<module>
                        ce_subject:
                          type: string
                          description: The aggregate the event is about (the record key).
                        ce_time:
                          type: string
                          format: date-time
                        ce_specversion:
                          type: string
                          const: '1.0'
                        content-type:
                          type: string
                          const: application/json
                  messages:
                """);
        for (Class<?> type : eventTypes) {
            String ceType = EventSamples.cloudEventsType(type);
            yaml.append("    ").append(ceType).append(":\n");
            yaml.append("      name: ").append(EventSamples.name(type)).append("\n");
            yaml.append("      title: ").append(ceType).append("\n");
            yaml.append("      contentType: application/json\n");
            yaml.append("      headers:\n        $ref: '#/components/schemas/CloudEventsHeaders'\n");
            yaml.append("      payload:\n        schemaFormat: application/schema+json;version=draft-2020-12\n");
            yaml.append("        schema:\n          $ref: './").append(schemaPath(type)).append("'\n");
            yaml.append("      bindings:\n        kafka:\n          key:\n            type: string\n");
            yaml.append("            description: The aggregate id (ce_subject).\n");
        }
        return yaml.toString();
    }

    private static boolean writtenAsString(Class<?> type) {
        if (type.isPrimitive() || type.isEnum() || type.getName().startsWith("java.")) {
            return false;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getReturnType() == String.class) {
                return true;
            }
        }
        return false;
    }
}
