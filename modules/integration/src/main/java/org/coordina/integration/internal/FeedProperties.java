package org.coordina.integration.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the HTTP feed waits.
 *
 * @param pollInterval how often a long-poll looks again for events another instance sequenced (events sequenced on
 *        the same instance wake it at once)
 * @param sweepInterval how often the sequencer looks for events no instance has sequenced yet (those appended on the
 *        same instance are sequenced at once)
 */
@ConfigurationProperties("coordina.events.feed")
record FeedProperties(@DefaultValue("PT0.2S") Duration pollInterval, @DefaultValue("PT1S") Duration sweepInterval) {
}
