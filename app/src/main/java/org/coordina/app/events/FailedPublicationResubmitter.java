package org.coordina.app.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits failed event publications on a schedule. Several instances may share the database, so
 * a PostgreSQL advisory lock lets one instance at a time do it; the others skip that round.
 */
@Component
@ConditionalOnBooleanProperty(name = "coordina.events.resubmission.enabled", matchIfMissing = true)
class FailedPublicationResubmitter {

    private static final Logger log = LoggerFactory.getLogger(FailedPublicationResubmitter.class);

    /** An arbitrary, fixed key that names this job among the advisory locks. */
    static final long LOCK_KEY = 0x436F6F7264696E61L;

    private final DataSource dataSource;

    private final FailedEventPublications failedPublications;

    private final Duration minAge;

    FailedPublicationResubmitter(DataSource dataSource, FailedEventPublications failedPublications,
            ResubmissionProperties properties) {
        this.dataSource = dataSource;
        this.failedPublications = failedPublications;
        this.minAge = properties.minAge();
    }

    @Scheduled(fixedDelayString = "${coordina.events.resubmission.interval:PT1M}",
            initialDelayString = "${coordina.events.resubmission.interval:PT1M}")
    void resubmitFailedPublications() {
        resubmitIfLeader();
    }

    /** Resubmits failed publications unless another instance holds the lock; tells whether it ran. */
    boolean resubmitIfLeader() {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                log.debug("Another instance is resubmitting failed event publications");
                return false;
            }
            try {
                failedPublications.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
                return true;
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            log.warn("Could not resubmit failed event publications: {}", e.getMessage());
            return false;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
        }
    }
}
