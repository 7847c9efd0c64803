package org.coordina.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event type of every module on Kafka, with its CloudEvents headers, in feed order, and an outage: with the
 * broker down the relay's sends fail and its cursor stays before the events; once the broker is up, the relay
 * delivers every one of them (ADR 11).
 */
@SpringBootTest
@TestPropertySource(properties = { "coordina.demo.enabled=false", "coordina.events.kafka.enabled=true",
        "coordina.events.kafka.retry-interval=PT1S", "spring.kafka.producer.properties.max.block.ms=1500",
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
    JdbcClient jdbc;

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
    void withTheBrokerDownEveryEventWaitsAndOnceItIsUpTheRelayDeliversAllInFeedOrderWithCloudEventsHeaders()
            throws Exception {
        List<ModuleEvent> published = EventSamples.externalizedTypes().stream()
                .map(type -> (ModuleEvent) EventSamples.sample(type)).toList();
        assertThat(published).hasSizeGreaterThan(20);
        long relayedBefore = awaitRelayed();
        brokers().forEach(BrokerServer::shutdown);
        brokers().forEach(BrokerServer::awaitShutdown);
        published.forEach(event -> transactions.executeWithoutResult(status -> events.publishEvent(event)));

        // Broker down: longer than a send's delivery timeout, and the relay's cursor has not moved past any of them.
        Thread.sleep(Duration.ofSeconds(6).toMillis());
        assertThat(relayed()).isEqualTo(relayedBefore);
        assertThat(lastPosition()).isGreaterThanOrEqualTo(relayedBefore + published.size());

        // Broker back (on the same port): the relay sends every one of them.
        brokers().forEach(BrokerServer::startup);

        Map<String, List<ConsumerRecord<String, byte[]>>> received = consume(published.size(), Duration.ofSeconds(120));

        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
                published.stream().map(event -> event.eventId().toString()).toList());
        Map<String, ModuleEvent> byId = published.stream()
                .collect(Collectors.toMap(event -> event.eventId().toString(), Function.identity()));
        received.forEach((id, records) -> {
            ModuleEvent event = byId.get(id);
            // A duplicate (a batch sent again after the broker took part of it) is the same record: same ce_id, value.
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
        assertThat(inFeedOrderPerPartition(received, published)).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> relayed() == lastPosition());
    }

    /** Whether each partition holds the events (first copies) in the order they were published, which is feed order. */
    private static boolean inFeedOrderPerPartition(Map<String, List<ConsumerRecord<String, byte[]>>> received,
            List<ModuleEvent> published) {
        List<String> order = published.stream().map(event -> event.eventId().toString()).toList();
        Map<String, List<ConsumerRecord<String, byte[]>>> byPartition = new HashMap<>();
        received.values().forEach(records -> byPartition
                .computeIfAbsent(records.get(0).topic() + "-" + records.get(0).partition(), key -> new ArrayList<>())
                .add(records.get(0)));
        return byPartition.values().stream().allMatch(records -> {
            List<Integer> places = records.stream().sorted(Comparator.comparingLong(ConsumerRecord::offset))
                    .map(record -> order.indexOf(new String(record.headers().lastHeader("ce_id").value(),
                            StandardCharsets.UTF_8)))
                    .toList();
            return places.equals(places.stream().sorted().toList());
        });
    }

    /** The relay's cursor once it has caught up with the feed. */
    private long awaitRelayed() {
        return await().atMost(Duration.ofSeconds(30)).until(this::relayed, relayed -> relayed == lastPosition());
    }

    private long relayed() {
        return jdbc.sql("select coalesce(max(position), -1) from integration.kafka_relay").query(Long.class).single();
    }

    private long lastPosition() {
        return jdbc.sql("select coalesce(max(position), 0) from integration.feed_event").query(Long.class).single();
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
