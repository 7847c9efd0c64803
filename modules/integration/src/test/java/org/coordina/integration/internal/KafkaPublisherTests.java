package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
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
    void aSendHandsTheRecordToTheProducerAndItsAnswerCompletesWhenKafkaAcknowledgesIt() {
        var producer = producer(false);

        var answer = publisher(producer).send(PLAN_APPROVED);

        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo("coordina.annualplanning.v1");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(PLAN_APPROVED.data());
        });
        assertThat(answer).isNotDone();
        producer.completeNext();
        assertThat(answer).isCompleted();
    }

    @Test
    void aSendKafkaRefusesCompletesExceptionally() {
        var producer = producer(false);

        var answer = publisher(producer).send(PLAN_APPROVED);
        producer.errorNext(new NotLeaderOrFollowerException("leader moved"));

        assertThat(answer).isCompletedExceptionally();
    }

    @Test
    void whenNoBrokerCanBeFoundTheSendFailsAtOnce() {
        var producer = producer(true);
        // What the producer answers after max.block.ms without metadata.
        producer.sendException = new TimeoutException(
                "Topic coordina.annualplanning.v1 not present in metadata after 5000 ms.");

        CompletableFuture<?> answer;
        try {
            answer = publisher(producer).send(PLAN_APPROVED);
        } catch (RuntimeException thrown) {
            answer = CompletableFuture.failedFuture(thrown);
        }

        assertThat(answer).isCompletedExceptionally();
        assertThat(producer.history()).isEmpty();
    }

    private static SharedProducer producer(boolean acknowledgeAtOnce) {
        return new SharedProducer(acknowledgeAtOnce);
    }

    /** A mock producer that, like the shared producer of Spring Kafka's default factory, a send does not close. */
    static class SharedProducer extends MockProducer<Object, byte[]> {

        SharedProducer(boolean acknowledgeAtOnce) {
            super(acknowledgeAtOnce, null, (topic, key) -> new StringSerializer().serialize(topic, (String) key),
                    new ByteArraySerializer());
        }

        @Override
        public void close() {
        }

        @Override
        public void close(Duration timeout) {
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static KafkaPublisher publisher(MockProducer<Object, byte[]> producer) {
        return new KafkaPublisher(new KafkaTemplate<Object, Object>(new MockProducerFactory(() -> producer)));
    }
}
