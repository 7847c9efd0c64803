package org.coordina.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.coordina.sharedkernel.domain.ModuleEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * The committed catalogue ({@code docs/asyncapi.yaml}, {@code docs/events/**}) says what the event records say: every
 * externalized event type has its message and schema, no schema is stale or left over, and a sample of each event,
 * written as the application writes it, validates against its committed schema. With
 * {@code -Dcoordina.catalogue.write=true} it (re)writes the catalogue first, for event types it has never seen too.
 */
class EventCatalogueTests {

    static final Path DOCS = Path.of("..", "docs");

    static List<Class<?>> types;

    static Map<String, String> generated;

    /** The application's JSON settings for events (dates as ISO text, nulls left out), as the feed and Kafka use. */
    static final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    @BeforeAll
    static void generate() throws IOException {
        types = new ArrayList<>(EventSamples.externalizedTypes());
        generated = new EventCatalogue().files(types);
        if (Boolean.getBoolean("coordina.catalogue.write")) {
            try (Stream<Path> old = Files.walk(DOCS.resolve("events"))) {
                old.filter(Files::isRegularFile).forEach(EventCatalogueTests::delete);
            } catch (java.nio.file.NoSuchFileException none) {
                // first run
            }
            for (var file : generated.entrySet()) {
                Path path = DOCS.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void findsTheEventsOfEveryModuleButNotThoseKeptFromIntegrators() {
        assertThat(types).extracting(Class::getName).contains(
                "org.coordina.regionalcommissions.events.CommissionEstablished",
                "org.coordina.annualplanning.events.PlanApproved", "org.coordina.meetings.events.ActionItemAgreed")
                .doesNotContain("org.coordina.accounts.events.AccountAccessChanged",
                        "org.coordina.accounts.events.AccountOpened");
        assertThat(EventSamples.eventTypes()).extracting(Class::getName)
                .contains("org.coordina.accounts.events.AccountAccessChanged");
    }

    @TestFactory
    Stream<DynamicTest> everyEventTypeHasAMessageInTheCommittedCatalogue() {
        String asyncApi = committed("asyncapi.yaml");
        return types.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            String ceType = EventSamples.cloudEventsType(type);
            assertThat(asyncApi).as("docs/asyncapi.yaml has the message " + ceType
                    + " (regenerate the catalogue, see docs/integrators.md)")
                    .contains("\n    " + ceType + ":\n").contains("$ref: '#/components/messages/" + ceType + "'")
                    .contains("address: coordina." + EventSamples.module(type) + ".v1");
            assertThat(DOCS.resolve(EventCatalogue.schemaPath(type))).exists();
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCommittedCatalogueIsWhatTheRecordsSayNow() throws IOException {
        List<String> committedFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOCS.resolve("events"))) {
            files.filter(Files::isRegularFile).forEach(path -> committedFiles.add(DOCS.relativize(path).toString()
                    .replace('\\', '/')));
        }
        committedFiles.add("asyncapi.yaml");
        return committedFiles.stream().sorted().map(file -> DynamicTest.dynamicTest(file, () -> {
            assertThat(generated).as(file + " belongs to no event type any more").containsKey(file);
            assertThat(committed(file)).as(file + " is stale: regenerate the catalogue (docs/integrators.md)")
                    .isEqualTo(generated.get(file));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aSampleOfEveryEventValidatesAgainstItsCommittedSchema() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        return types.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            var schema = registry.getSchema(committed(EventCatalogue.schemaPath(type)), InputFormat.JSON);
            ModuleEvent sample = (ModuleEvent) EventSamples.sample(type);
            String data = json.writeValueAsString(sample);

            assertThat(schema.validate(data, InputFormat.JSON)).as(data).isEmpty();
            assertThat(data).doesNotContain("\"aggregateId\"").doesNotContain("\"externalized\"");
        }));
    }

    @Test
    void aSampleMissingARequiredValueOrOfAWrongTypeFailsItsSchema() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        var schema = registry.getSchema(committed("events/annualplanning/PlanApproved.v1.json"), InputFormat.JSON);

        assertThat(schema.validate("{\"occurredAt\":\"2026-11-29T08:00:00Z\",\"year\":2026}", InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate("{\"eventId\":\"" + java.util.UUID.randomUUID()
                + "\",\"occurredAt\":\"2026-11-29T08:00:00Z\",\"version\":1,\"year\":\"this year\",\"activityCount\":1}",
                InputFormat.JSON)).isNotEmpty();
    }

    private static String committed(String file) {
        try {
            return Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is missing: regenerate the catalogue (docs/integrators.md)", e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
