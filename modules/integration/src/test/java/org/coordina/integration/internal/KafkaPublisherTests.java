package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

class KafkaPublisherTests {

    static final FeedEntry PLAN_APPROVED = new FeedEntry(7, UUID.fromString("6f1c4b1e-8a51-4c4b-9d7a-2f7e0c1b9a11"),
            "org.coordina.annualplanning.PlanApproved.v1", "/coordina/annualplanning",
            "0b6a8f7e-33c2-4d9a-8f51-7c1d2e3f4a5b", Instant.parse("2026-11-29T08:00:00.123456Z"),
            "{\"planId\": \"0b6a8f7e-33c2-4d9a-8f51-7c1d2e3f4a5b\", \"version\": 3, \"note\": \"Одобрен\"}");

    @Test
    void aFeedEventIsARecordOnItsModulesTopicKeyedByItsAggregateWithCloudEventsHeadersAsPlainText() {
        ProducerRecord<Object, Object> record = KafkaPublisher.record(PLAN_APPROVED);

        assertThat(record.topic()).isEqualTo("coordina.annualplanning.v1");
        assertThat(record.key()).isEqualTo("0b6a8f7e-33c2-4d9a-8f51-7c1d2e3f4a5b");
        assertThat(record.partition()).isNull();
        assertThat(new String((byte[]) record.value(), StandardCharsets.UTF_8)).isEqualTo(PLAN_APPROVED.data());
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(headers).containsExactlyInAnyOrderEntriesOf(Map.of("ce_specversion", "1.0", "ce_id",
                "6f1c4b1e-8a51-4c4b-9d7a-2f7e0c1b9a11", "ce_type", "org.coordina.annualplanning.PlanApproved.v1",
                "ce_source", "/coordina/annualplanning", "ce_subject", "0b6a8f7e-33c2-4d9a-8f51-7c1d2e3f4a5b",
                "ce_time", "2026-11-29T08:00:00.123456Z", "content-type", "application/json"));
    }

    @Test
    void aBatchIsSentInFeedOrderAndThePublishReturnsOnceKafkaAcknowledgedIt() {
        var producer = producer(true);
        List<FeedEntry> batch = batch(5);

        publisher(producer, Duration.ofSeconds(5)).publish(batch);

        assertThat(producer.history()).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(batch.stream().map(FeedEntry::data).toList());
    }

    @Test
    void aSendKafkaRefusedFailsTheBatch() throws Exception {
        var producer = producer(false);
        var publisher = publisher(producer, Duration.ofSeconds(5));
        var failure = new AtomicReference<Throwable>();
        var publishing = new Thread(() -> {
            try {
                publisher.publish(batch(3));
            } catch (RuntimeException refused) {
                failure.set(refused);
            }
        });
        publishing.start();
        while (producer.history().size() < 3) {
            Thread.sleep(10);
        }

        producer.completeNext();
        producer.errorNext(new NotLeaderOrFollowerException("leader moved"));
        producer.completeNext();
        publishing.join(5_000);

        assertThat(failure.get()).isInstanceOf(KafkaException.class).hasMessageContaining("did not take");
    }

    @Test
    void aBatchKafkaDoesNotAnswerForFailsAfterTheSendTimeout() {
        var producer = producer(false);

        assertThatThrownBy(() -> publisher(producer, Duration.ofMillis(200)).publish(batch(2)))
                .isInstanceOf(KafkaException.class).hasMessageContaining("within PT0.2S");
    }

    @Test
    void whenNoBrokerCanBeFoundTheRestOfTheBatchIsNotSent() {
        var producer = producer(true);
        // What the producer answers after max.block.ms without metadata.
        producer.sendException = new TimeoutException(
                "Topic coordina.meetings.v1 not present in metadata after 5000 ms.");

        assertThatThrownBy(() -> publisher(producer, Duration.ofSeconds(5)).publish(batch(4)))
                .isInstanceOf(RuntimeException.class);

        assertThat(producer.history()).isEmpty();
        assertThat(producer.attempts).hasValue(1);
    }

    private static SharedProducer producer(boolean acknowledgeAtOnce) {
        return new SharedProducer(acknowledgeAtOnce);
    }

    /** A mock producer that, like the shared producer of Spring Kafka's default factory, a send does not close. */
    static class SharedProducer extends MockProducer<Object, byte[]> {

        final AtomicInteger attempts = new AtomicInteger();

        SharedProducer(boolean acknowledgeAtOnce) {
            super(acknowledgeAtOnce, null, (topic, key) -> new StringSerializer().serialize(topic, (String) key),
                    new ByteArraySerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(
                ProducerRecord<Object, byte[]> record, Callback callback) {
            attempts.incrementAndGet();
            return super.send(record, callback);
        }

        @Override
        public void close() {
        }

        @Override
        public void close(Duration timeout) {
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static KafkaPublisher publisher(MockProducer<Object, byte[]> producer, Duration timeout) {
        var template = new KafkaTemplate<Object, Object>(new MockProducerFactory(() -> producer));
        return new KafkaPublisher(template, new KafkaRelayProperties(true, Duration.ofSeconds(1),
                Duration.ofSeconds(1), timeout));
    }

    private static List<FeedEntry> batch(int size) {
        return IntStream.rangeClosed(1, size).mapToObj(n -> new FeedEntry(n, UUID.randomUUID(),
                "org.coordina.meetings.MeetingScheduled.v1", "/coordina/meetings", "meeting-" + n, Instant.EPOCH,
                "{\"n\": " + n + "}")).toList();
    }
}
