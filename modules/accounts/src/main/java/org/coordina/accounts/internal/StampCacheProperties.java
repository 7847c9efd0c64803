package org.coordina.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cache of accounts' security stamps that spares each bearer-token request a query; its time to
 * live is how long another instance may still accept a token that a change has ended (ADR 5).
 *
 * @param timeToLive how long a stamp is remembered
 * @param maximumSize how many stamps are remembered at most
 */
@ConfigurationProperties("coordina.security.stamp-cache")
record StampCacheProperties(@DefaultValue("PT10S") Duration timeToLive, @DefaultValue("10000") long maximumSize) {
}
