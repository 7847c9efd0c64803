package org.coordina.integration.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

/**
 * Sends the feed's events to Kafka: topic {@code coordina.<module>.v1}, key the aggregate id, the event record's JSON
 * as the value, and the CloudEvents binary-mode headers (Kafka protocol binding, {@code ce_} prefix) as plain UTF-8
 * bytes, so that no header names a Java type.
 */
@Component
@ConditionalOnBooleanProperty("coordina.events.kafka.enabled")
class KafkaPublisher implements KafkaRelay.Publisher {

    private final KafkaOperations<Object, Object> kafka;

    KafkaPublisher(KafkaOperations<Object, Object> kafka) {
        this.kafka = kafka;
    }

    @Override
    public CompletableFuture<?> send(FeedEntry entry) {
        return kafka.send(record(entry));
    }

    /** The Kafka record of a feed event. */
    static ProducerRecord<Object, Object> record(FeedEntry entry) {
        var headers = new RecordHeaders();
        headers.add("ce_specversion", utf8("1.0"));
        headers.add("ce_id", utf8(entry.eventId().toString()));
        headers.add("ce_type", utf8(entry.type()));
        headers.add("ce_source", utf8(entry.source()));
        headers.add("ce_subject", utf8(entry.subject()));
        headers.add("ce_time", utf8(entry.occurredAt().toString()));
        headers.add("content-type", utf8("application/json"));
        return new ProducerRecord<>(EventType.parse(entry.type()).topic(), null, entry.subject(), utf8(entry.data()),
                headers);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
