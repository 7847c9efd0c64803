package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.common.header.Header;
import org.coordina.sample.events.SampleAccessChanged;
import org.coordina.sample.events.SampleRecorded;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;
import org.springframework.messaging.Message;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;

import tools.jackson.databind.json.JsonMapper;

class KafkaExternalizationTests {

    final SampleRecorded event = SampleRecorded.of(UUID.randomUUID(), 1, "to Kafka");

    @Test
    void everyModuleEventForIntegratorsIsSelectedAndNothingElse() {
        var configuration = new KafkaExternalization().eventExternalization();

        assertThat(configuration.supports(event)).isTrue();
        assertThat(configuration.supports(new SampleAccessChanged(UUID.randomUUID(), Instant.EPOCH, UUID.randomUUID(),
                "ivan.petrov"))).isFalse();
        assertThat(configuration.supports("no event")).isFalse();
    }

    @Test
    void anEventGoesToItsModulesTopicKeyedByItsAggregate() {
        var target = new KafkaExternalization().eventExternalization().determineTarget(event);

        assertThat(target.getTarget()).isEqualTo("coordina.sample.v1");
        assertThat(target.getKey()).isEqualTo(event.sampleId().toString());
    }

    @Test
    void theHeadersAreTheCloudEventsAttributesAsUtf8BytesAndNothingElse() {
        var headers = new KafkaExternalization().eventExternalization().getHeadersFor(event);

        assertThat(headers.values()).allSatisfy(value -> assertThat(value).isInstanceOf(byte[].class));
        Map<String, String> text = headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new String((byte[]) entry.getValue(), StandardCharsets.UTF_8)));
        assertThat(text).containsExactlyInAnyOrderEntriesOf(Map.of("ce_specversion", "1.0", "ce_id",
                event.eventId().toString(), "ce_type", "org.coordina.sample.SampleRecorded.v1", "ce_source",
                "/coordina/sample", "ce_subject", event.sampleId().toString(), "ce_time", "2026-11-29T08:00:00Z",
                "content-type", "application/json"));
    }

    @Test
    void theRecordIsTheEventAsJsonWithTheGivenHeadersOnlyAndNoJavaTypeName() {
        var converter = new KafkaExternalization().eventRecordConverter(JsonMapper.builder().build());
        var headers = new KafkaExternalization().eventExternalization().getHeadersFor(event);
        var message = MessageBuilder.withPayload(event).copyHeaders(headers)
                .setHeader(KafkaHeaders.TOPIC, "coordina.sample.v1").setHeader(KafkaHeaders.KEY, "key").build();

        var record = converter.fromMessage(message, "coordina.sample.v1");

        assertThat(new String((byte[]) record.value(), StandardCharsets.UTF_8)).contains("\"label\":\"to Kafka\"");
        assertThat(record.headers()).extracting(Header::key).containsExactlyInAnyOrderElementsOf(headers.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExternalizerSendsTheEventToItsTopicKeyedByItsAggregateWithItsHeaders() throws Exception {
        var sent = new java.util.ArrayList<org.springframework.messaging.Message<?>>();
        org.springframework.kafka.core.KafkaOperations<Object, Object> kafka = org.mockito.Mockito.mock(
                org.springframework.kafka.core.KafkaOperations.class);
        org.mockito.Mockito.when(kafka.send(org.mockito.ArgumentMatchers.<org.springframework.messaging.Message<?>>any()))
                .thenAnswer(invocation -> {
                    sent.add(invocation.getArgument(0));
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                });
        var configuration = new KafkaExternalization().eventExternalization();
        var externalizer = new KafkaExternalization().kafkaEventExternalizer(configuration, kafka, Runnable::run);

        assertThat(externalizer.externalize(event)).isNotNull().succeedsWithin(java.time.Duration.ofSeconds(5));

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getPayload()).isEqualTo(event);
            assertThat(message.getHeaders().get(KafkaHeaders.TOPIC)).isEqualTo("coordina.sample.v1");
            assertThat(message.getHeaders().get(KafkaHeaders.KEY)).isEqualTo(event.sampleId().toString());
            assertThat(new String((byte[]) message.getHeaders().get("ce_id"), StandardCharsets.UTF_8))
                    .isEqualTo(event.eventId().toString());
        });
    }

    @Test
    void kafkasAnswerIsHandedToTheRegistryOnTheOutcomeThreadsNotOnTheProducersNetworkThread() throws Exception {
        assertThat(threadRecordingTheOutcome(answer -> answer.complete(null))).isEqualTo("outcome-thread");
    }

    @Test
    void aFailedSendIsHandedToTheRegistryOnTheOutcomeThreadsToo() throws Exception {
        assertThat(threadRecordingTheOutcome(answer -> answer.completeExceptionally(
                new IllegalStateException("broker down")))).isEqualTo("outcome-thread");
    }

    /**
     * Sends through the externalizer, lets Kafka's network thread answer as {@code broker} does, and tells the thread
     * the registry's completion advice (a stage on the externalizer's future) ran on.
     */
    @SuppressWarnings("unchecked")
    private String threadRecordingTheOutcome(Consumer<CompletableFuture<SendResult<Object, Object>>> broker)
            throws Exception {
        var answer = new CompletableFuture<SendResult<Object, Object>>();
        KafkaOperations<Object, Object> kafka = Mockito.mock(KafkaOperations.class);
        Mockito.when(kafka.send(ArgumentMatchers.<Message<?>>any())).thenAnswer(invocation -> answer);
        var outcomes = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "outcome-thread"));
        try {
            var externalizer = new KafkaExternalization().kafkaEventExternalizer(
                    new KafkaExternalization().eventExternalization(), kafka, outcomes);
            var recordedOn = new AtomicReference<String>();
            var recorded = externalizer.externalize(event).handle((result, failure) -> {
                recordedOn.set(Thread.currentThread().getName());
                return null;
            });

            var network = new Thread(() -> broker.accept(answer), "kafka-producer-network-thread");
            network.start();
            network.join();

            assertThat(recorded).succeedsWithin(Duration.ofSeconds(5));
            return recordedOn.get();
        } finally {
            outcomes.shutdownNow();
        }
    }
}
