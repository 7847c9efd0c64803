package org.coordina.integration.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The integration module's own listener threads for Kafka. Kafka is what integrators wait for; on the shared executor
 * its sends queued behind every other module's listeners, so a burst of writes with slow projections (plans created
 * for a new commission, demo seeding) held it back by seconds (ADR 8, bench/events). A broker that is down holds up
 * only this lane. (The feed needs no thread: it is appended in the publishing transaction, ADR 10.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrationLaneProperties.class)
class IntegrationLaneConfiguration {

    /** The Kafka lane's bean name, for {@code @Async}. */
    static final String KAFKA = "integrationKafkaExecutor";

    /** The bean name of the threads that hand Kafka's answers to the registry, off the producer's network thread. */
    static final String KAFKA_OUTCOMES = "integrationKafkaOutcomes";

    @Bean(KAFKA)
    ThreadPoolTaskExecutor integrationKafkaExecutor(IntegrationLaneProperties properties) {
        return lane("integration-kafka-", properties.kafkaThreads());
    }

    @Bean(KAFKA_OUTCOMES)
    ThreadPoolTaskExecutor integrationKafkaOutcomes(IntegrationLaneProperties properties) {
        return lane("integration-kafka-outcome-", properties.kafkaOutcomeThreads());
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
