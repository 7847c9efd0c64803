package org.coordina.integration.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.coordina.sharedkernel.domain.ModuleEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every externalized module event to Kafka (spring-modulith-events-kafka, through the publication registry): topic
 * {@code coordina.<module>.v1}, key the aggregate id, the record as JSON, CloudEvents binary-mode headers as plain
 * UTF-8 bytes (byte values, so that Spring Kafka writes them as they are and adds no header naming Java types).
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
