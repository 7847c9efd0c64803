package org.coordina.integration.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The integration module's own listener threads. The feed and Kafka are what integrators wait for; on the shared
 * executor they queued behind every other module's listeners, so a burst of writes with slow projections (plans
 * created for a new commission, demo seeding) held the feed back by seconds (ADR 8, bench/events).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrationLaneProperties.class)
class IntegrationLane {

    /** The executor's bean name, for {@code @Async}. */
    static final String EXECUTOR = "integrationLaneExecutor";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor integrationLaneExecutor(IntegrationLaneProperties properties) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setThreadNamePrefix("integration-");
        // As Spring Modulith configures the shared executor: a stop waits briefly for deliveries under way; any
        // not finished stay incomplete in the registry and are delivered again by the resubmission job.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(2);
        return executor;
    }
}
