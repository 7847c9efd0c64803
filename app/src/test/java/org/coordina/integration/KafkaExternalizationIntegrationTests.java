package org.coordina.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coordina.sharedkernel.domain.ModuleEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event type of every module on Kafka, with its CloudEvents headers, and an outage: with the broker down the
 * externalizations fail and stay incomplete; once it is up, the resubmission job delivers every one of them.
 */
@SpringBootTest
@TestPropertySource(properties = { "coordina.demo.enabled=false", "coordina.events.kafka.enabled=true",
        "coordina.events.resubmission.enabled=true", "coordina.events.resubmission.interval=PT2S",
        "coordina.events.resubmission.min-age=PT0S", "spring.kafka.producer.properties.max.block.ms=1500",
        "spring.kafka.producer.properties.request.timeout.ms=1500",
        "spring.kafka.producer.properties.delivery.timeout.ms=3000", "logging.level.org.apache.kafka=ERROR",
        "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN" })
class KafkaExternalizationIntegrationTests {

    static final List<String> HEADERS = List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject",
            "ce_time", "content-type");

    static EmbeddedKafkaKraftBroker broker;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventPublicationRepository registry;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry properties) {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 2, EventSamples.externalizedTypes().stream()
                    .map(type -> "coordina." + EventSamples.module(type) + ".v1").distinct().toArray(String[]::new));
            broker.afterPropertiesSet();
        }
        String servers = broker.getBrokersAsString();
        properties.add("spring.kafka.bootstrap-servers", () -> servers);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void withTheBrokerDownEveryEventWaitsAndOnceItIsUpTheResubmissionJobDeliversAllWithCloudEventsHeaders() {
        List<ModuleEvent> published = EventSamples.externalizedTypes().stream()
                .map(type -> (ModuleEvent) EventSamples.sample(type)).toList();
        assertThat(published).hasSizeGreaterThan(20);
        brokers().forEach(BrokerServer::shutdown);
        brokers().forEach(BrokerServer::awaitShutdown);
        published.forEach(event -> transactions.executeWithoutResult(status -> events.publishEvent(event)));

        // Broker down: every externalization fails (and fails again when the job resubmits it), none completes.
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            var incomplete = externalizations(published);
            return incomplete.size() == published.size() && incomplete.stream().allMatch(publication -> publication
                    .getStatus() == EventPublication.Status.FAILED
                    || publication.getStatus() == EventPublication.Status.RESUBMITTED
                    || publication.getLastResubmissionDate() != null);
        });

        // Broker back (on the same port): the resubmission job sends every one of them.
        brokers().forEach(BrokerServer::startup);

        Map<String, List<ConsumerRecord<String, byte[]>>> received = consume(published.size(), Duration.ofSeconds(120));

        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
                published.stream().map(event -> event.eventId().toString()).toList());
        Map<String, ModuleEvent> byId = published.stream()
                .collect(Collectors.toMap(event -> event.eventId().toString(), Function.identity()));
        received.forEach((id, records) -> {
            ModuleEvent event = byId.get(id);
            // A duplicate (a resubmission of a send the broker did take) is the same record: same ce_id, same value.
            assertThat(records).extracting(record -> new String(record.value(), StandardCharsets.UTF_8)).containsOnly(
                    new String(records.get(0).value(), StandardCharsets.UTF_8));
            var record = records.get(0);
            assertThat(record.topic()).isEqualTo("coordina." + EventSamples.module(event.getClass()) + ".v1");
            assertThat(record.key()).isEqualTo(event.aggregateId());
            assertThat(headers(record)).containsExactlyInAnyOrderEntriesOf(Map.of("ce_specversion", "1.0", "ce_id", id,
                    "ce_type", EventSamples.cloudEventsType(event.getClass()), "ce_source",
                    "/coordina/" + EventSamples.module(event.getClass()), "ce_subject", event.aggregateId(), "ce_time",
                    event.occurredAt().toString(), "content-type", "application/json"));
            JsonNode value = json.readTree(record.value());
            assertThat(value).isEqualTo(json.readTree(json.writeValueAsString(event)));
            assertThat(value.has("aggregateId")).isFalse();
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> externalizations(published).isEmpty());
    }

    private List<TargetEventPublication> externalizations(List<ModuleEvent> published) {
        var ids = published.stream().map(ModuleEvent::eventId).collect(Collectors.toSet());
        return registry.findIncompletePublications().stream()
                .filter(publication -> publication.getTargetIdentifier().getValue().contains("Externaliz"))
                .filter(publication -> publication.getEvent() instanceof ModuleEvent event
                        && ids.contains(event.eventId()))
                .toList();
    }

    private static Map<String, List<ConsumerRecord<String, byte[]>>> consume(int expected, Duration patience) {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "outage-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, List<ConsumerRecord<String, byte[]>>> received = new LinkedHashMap<>();
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            broker.consumeFromAllEmbeddedTopics(consumer);
            long deadline = System.nanoTime() + patience.toNanos();
            while (received.size() < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    String id = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
                    received.computeIfAbsent(id, key -> new ArrayList<>()).add(record);
                }
            }
        }
        return received;
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static java.util.Collection<BrokerServer> brokers() {
        return broker.getCluster().brokers().values();
    }
}
