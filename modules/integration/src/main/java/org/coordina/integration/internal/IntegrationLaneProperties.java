package org.coordina.integration.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The integration module's listener threads.
 *
 * @param kafkaThreads how many Kafka deliveries run at once (a send hands the record to the producer and returns)
 * @param kafkaOutcomeThreads how many of Kafka's answers are recorded in the registry at once (each a transaction)
 */
@ConfigurationProperties("coordina.events.lane")
record IntegrationLaneProperties(@DefaultValue("1") int kafkaThreads, @DefaultValue("2") int kafkaOutcomeThreads) {
}
