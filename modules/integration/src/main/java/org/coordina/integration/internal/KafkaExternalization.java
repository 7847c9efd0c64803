package org.coordina.integration.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.coordina.sharedkernel.domain.ModuleEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every externalized module event to Kafka (spring-modulith-events-kafka, through the publication registry): topic
 * {@code coordina.<module>.v1}, key the aggregate id, the record as JSON, CloudEvents binary-mode headers as plain
 * UTF-8 bytes (byte values, so that Spring Kafka writes them as they are and adds no header naming Java types).
 * <p>
 * The externalizer is Spring Modulith's {@link DelegatingEventExternalizer} sending as its Kafka auto-configuration
 * does, declared here only to run on the integration's own threads ({@link IntegrationLaneConfiguration}); that
 * auto-configuration ({@code KafkaEventExternalizerConfiguration}) is excluded in the application's settings, or
 * every event would go out twice.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("coordina.events.kafka.enabled")
class KafkaExternalization {

    @Bean
    EventExternalizationConfiguration eventExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof ModuleEvent moduleEvent && moduleEvent.externalized())
                .routeAll(event -> RoutingTarget.forTarget(EventType.of(event.getClass()).topic())
                        .andKey(((ModuleEvent) event).aggregateId()))
                .headers(event -> headers((ModuleEvent) event))
                .build();
    }

    /**
     * The record value: the event as JSON bytes (as Spring Modulith's own converter writes it), but without the
     * {@code __TypeId__} header that converter adds, which would tell integrators a Java class name.
     */
    @Bean
    RecordMessageConverter eventRecordConverter(JsonMapper json) {
        return new ByteArrayJacksonJsonMessageConverter(json) {
            @Override
            protected Headers initialRecordHeaders(Message<?> message) {
                return new RecordHeaders();
            }
        };
    }

    /**
     * Spring Modulith's externalizer with its Kafka send, as its auto-configuration builds it, but for the thread the
     * send's outcome is handled on: the registry records it (a database transaction) when the future completes, and
     * Kafka completes it on its producer's network thread, which would then wait for a pooled connection among
     * every writer before it could read the broker's next answer (measured: sends fell behind by tens of seconds).
     */
    @Bean
    LaneExternalizer kafkaEventExternalizer(EventExternalizationConfiguration configuration,
            KafkaOperations<Object, Object> kafka,
            @Qualifier(IntegrationLaneConfiguration.KAFKA_OUTCOMES) Executor outcomes) {
        var context = new StandardEvaluationContext();
        return new LaneExternalizer(configuration, (target, payload) -> {
            var routing = BrokerRouting.of(target, context);
            Message<?> message = MessageBuilder.withPayload(payload).copyHeaders(configuration.getHeadersFor(payload))
                    .setHeaderIfAbsent(KafkaHeaders.KEY, routing.getKey(payload))
                    .setHeaderIfAbsent(KafkaHeaders.TOPIC, routing.getTarget(payload))
                    .build();
            return kafka.send(message).whenCompleteAsync((result, failure) -> { }, outcomes);
        });
    }

    /**
     * The library's externalizer, listening as it does (asynchronously after commit, under the listener id the
     * registry knows it by) but on the integration lane, and without a transaction of its own: a send touches no
     * table, and the registry records its outcome in its own transaction, so the lane never waits for a pooled
     * connection.
     */
    static class LaneExternalizer extends DelegatingEventExternalizer {

        LaneExternalizer(EventExternalizationConfiguration configuration,
                BiFunction<RoutingTarget, Object, CompletableFuture<?>> delegate) {
            super(configuration, delegate);
        }

        @Override
        @Async(IntegrationLaneConfiguration.KAFKA)
        @TransactionalEventListener(id = LISTENER_ID)
        public CompletableFuture<?> externalize(Object event) {
            return super.externalize(event);
        }

        /** The id the auto-configured externalizer has, so that publications recorded before stay its own. */
        static final String LISTENER_ID =
                "org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)";
    }

    /** The CloudEvents binary-mode headers of an event (Kafka protocol binding: {@code ce_} prefix). */
    static Map<String, Object> headers(ModuleEvent event) {
        EventType type = EventType.of(event.getClass());
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", utf8("1.0"));
        headers.put("ce_id", utf8(event.eventId().toString()));
        headers.put("ce_type", utf8(type.type()));
        headers.put("ce_source", utf8(type.source()));
        headers.put("ce_subject", utf8(event.aggregateId()));
        headers.put("ce_time", utf8(event.occurredAt().toString()));
        headers.put("content-type", utf8("application/json"));
        return headers;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
