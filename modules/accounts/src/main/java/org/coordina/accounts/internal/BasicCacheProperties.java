package org.coordina.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cache of successful password checks that spares HTTP Basic clients a bcrypt check per request.
 *
 * @param timeToLive how long a successful check is remembered
 * @param maximumSize how many checks are remembered at most
 */
@ConfigurationProperties("coordina.security.basic-cache")
record BasicCacheProperties(@DefaultValue("PT5M") Duration timeToLive, @DefaultValue("10000") long maximumSize) {
}
