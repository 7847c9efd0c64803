package org.coordina.app.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coordina.events.resubmission.*}: how often failed event publications are resubmitted, and how
 * old a failure must be before it is retried.
 *
 * @param enabled whether this instance takes part in resubmitting
 * @param interval the pause between two rounds
 * @param minAge failures younger than this wait for the next round
 */
@ConfigurationProperties("coordina.events.resubmission")
record ResubmissionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval,
        @DefaultValue("PT30S") Duration minAge) {
}
