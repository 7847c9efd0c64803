package org.coordina.integration.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The integration module's listener threads.
 *
 * @param feedThreads how many feed deliveries run at once; appends are serialized by their lock anyway, and with
 *        one thread they are made in the order the events were committed
 * @param kafkaThreads how many Kafka deliveries run at once (a send hands the record to the producer and returns)
 */
@ConfigurationProperties("coordina.events.lane")
record IntegrationLaneProperties(@DefaultValue("1") int feedThreads, @DefaultValue("1") int kafkaThreads) {
}
