package org.coordina.integration.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The integration module's listener threads.
 *
 * @param kafkaThreads how many Kafka deliveries run at once: each first records in the registry that it is under way
 *        (a transaction, Spring Modulith's), then hands the record to the producer; one thread cannot keep up with a
 *        burst (bench/events). Deliveries of one aggregate may then leave in another order than committed, as after a
 *        resubmission; consumers keep the highest {@code version} (docs/integrators.md)
 * @param kafkaOutcomeThreads how many of Kafka's answers are recorded in the registry at once (each a transaction)
 */
@ConfigurationProperties("coordina.events.lane")
record IntegrationLaneProperties(@DefaultValue("4") int kafkaThreads, @DefaultValue("2") int kafkaOutcomeThreads) {
}
