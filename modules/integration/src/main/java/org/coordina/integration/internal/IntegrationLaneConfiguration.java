package org.coordina.integration.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The integration module's own listener threads, one lane for the feed and one for Kafka. The feed and Kafka are
 * what integrators wait for; on the shared executor they queued behind every other module's listeners, so a burst of
 * writes with slow projections (plans created for a new commission, demo seeding) held the feed back by seconds
 * (ADR 8, bench/events). One thread each by default: the feed then appends in the order the events were committed,
 * and a broker that is down holds up only the Kafka lane.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrationLaneProperties.class)
class IntegrationLaneConfiguration {

    /** The feed lane's bean name, for {@code @Async}. */
    static final String FEED = "integrationFeedExecutor";

    /** The Kafka lane's bean name, for {@code @Async}. */
    static final String KAFKA = "integrationKafkaExecutor";

    @Bean(FEED)
    ThreadPoolTaskExecutor integrationFeedExecutor(IntegrationLaneProperties properties) {
        return lane("integration-feed-", properties.feedThreads());
    }

    @Bean(KAFKA)
    ThreadPoolTaskExecutor integrationKafkaExecutor(IntegrationLaneProperties properties) {
        return lane("integration-kafka-", properties.kafkaThreads());
    }

    private static ThreadPoolTaskExecutor lane(String prefix, int threads) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(prefix);
        // As Spring Modulith configures the shared executor: a stop waits briefly for deliveries under way; any
        // not finished stay incomplete in the registry and are delivered again by the resubmission job.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(2);
        return executor;
    }
}
