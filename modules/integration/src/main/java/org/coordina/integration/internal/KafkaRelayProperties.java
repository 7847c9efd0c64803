package org.coordina.integration.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kafka relay (ADR 11).
 *
 * @param enabled whether the feed's events go to Kafka (bootstrap servers by {@code spring.kafka.bootstrap-servers})
 * @param sweepInterval how often the relay looks for events it was not woken for: those another instance sequenced,
 *        and, on an instance that does not relay, whether the one that does has gone
 * @param retryInterval how long the relay waits after Kafka refused or did not answer before it sends again
 * @param sendTimeout how long the relay waits for Kafka's answer to its oldest send when it has as many unanswered
 *        as it allows, before it counts it as failed (the producer's own {@code delivery.timeout.ms} fails it sooner)
 */
@ConfigurationProperties("coordina.events.kafka")
record KafkaRelayProperties(boolean enabled, @DefaultValue("PT1S") Duration sweepInterval,
        @DefaultValue("PT5S") Duration retryInterval, @DefaultValue("PT2M") Duration sendTimeout) {
}
