package org.coordina.integration.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The integration module's listener threads.
 *
 * @param threads how many deliveries to the feed and to Kafka run at once (feed appends are serialized by their
 *        lock; more threads overlap the registry's bookkeeping and Kafka's acknowledgements)
 */
@ConfigurationProperties("coordina.events.lane")
record IntegrationLaneProperties(@DefaultValue("4") int threads) {
}
