package org.coordina.embeddeddb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL and points the application's {@link DataSource} at it, unless
 * {@code spring.datasource.url} names an external database. The server listens on the loopback only
 * and demands a password generated for it ({@link ClusterPassword}); a postmaster orphaned by a
 * crash of the JVM is stopped before the start ({@link OrphanedPostmaster}).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    private static final Duration ORPHAN_SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(120);

    /** Generated for a new or temporary cluster; read from the data directory of an existing one. */
    @Bean
    ClusterPassword embeddedClusterPassword(EmbeddedDatabaseProperties properties) throws IOException {
        if (properties.temporary()) {
            return ClusterPassword.generate();
        }
        return ClusterPassword.storedIn(dataDirectory(properties)).orElseGet(ClusterPassword::generate);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, ClusterPassword password)
            throws IOException {
        // Spring stops the server when it closes the context, after the connection pool; the
        // library's own JVM hook would stop it earlier, while the pool is still closing.
        var builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                // The library's 10 s are short for crash recovery or a loaded machine.
                .setPGStartupWait(STARTUP_PATIENCE)
                .setPort(properties.port())
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password.value());
        if (properties.temporary()) {
            var postgres = startLocked(builder, password, null);
            log.info("Embedded PostgreSQL with a temporary data directory on port {}", postgres.getPort());
            return postgres;
        }
        Path directory = dataDirectory(properties);
        Files.createDirectories(directory);
        // After a crash of the JVM the postmaster may still run, holding the directory: stop it first.
        OrphanedPostmaster.clear(directory, ORPHAN_SHUTDOWN_PATIENCE);
        // The library tunes PostgreSQL for throw-away test databases (-F, synchronous_commit=off);
        // data that must survive a crash or power loss needs both back on.
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        // An existing cluster is reused as it is: initdb only runs on an empty directory.
        builder.setDataDirectory(directory).setCleanDataDirectory(false);
        boolean initialized = Files.exists(directory.resolve("postgresql.conf"));
        EmbeddedPostgres postgres;
        if (initialized && ClusterPassword.storedIn(directory).isEmpty()) {
            postgres = builder.start();
            lockLegacyCluster(postgres, password, directory);
        } else {
            postgres = startLocked(builder, password, directory);
        }
        log.warn("Embedded PostgreSQL on localhost:{} (password in {}); data lives in {}", postgres.getPort(),
                directory.resolve(ClusterPassword.FILE_NAME), directory);
        return postgres;
    }

    /**
     * Starts a cluster whose superuser has the password from its creation (initdb reads it from a
     * file) and whose {@code pg_hba.conf} demands it before the server first listens.
     */
    private static EmbeddedPostgres startLocked(EmbeddedPostgres.Builder builder, ClusterPassword password,
            Path persistentDirectory) throws IOException {
        var initdbFile = password.writeInitdbFile();
        try {
            // The library passes its "locale" settings to initdb as --name=value, and only to initdb.
            builder.setLocaleConfig("pwfile", initdbFile.toString())
                    .setDataDirectoryCustomizer(directory -> {
                        try {
                            ClusterPassword.requireItIn(directory.toPath());
                            if (persistentDirectory != null) {
                                password.storeIn(persistentDirectory);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            return builder.start();
        } finally {
            Files.deleteIfExists(initdbFile);
        }
    }

    /** A cluster created before it had a password (trusting local connections) gets one now. */
    private static void lockLegacyCluster(EmbeddedPostgres postgres, ClusterPassword password, Path directory)
            throws IOException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("ALTER ROLE postgres PASSWORD '" + password.value() + "'");
            password.storeIn(directory);
            ClusterPassword.requireItIn(directory);
            statement.execute("SELECT pg_reload_conf()");
            log.warn("The embedded PostgreSQL in {} trusted local connections; it now requires the generated password",
                    directory);
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's password", e);
        }
    }

    private static Path dataDirectory(EmbeddedDatabaseProperties properties) {
        return properties.directory().toAbsolutePath().normalize();
    }

    /**
     * The pool, tunable by Spring Boot's own {@code spring.datasource.hikari.*} settings, as an external database's.
     * Up to 50 connections, 10 kept idle: more than the threads that want one at once under a burst (32 writers, the
     * event listeners, the integration lanes), so that the listeners and the event registry do not queue behind the
     * writers (bench/events: 45 → 81 writes/s, commit → feed p99 400 → 192 ms at 32 writers); well within
     * PostgreSQL's 100 connections.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, ClusterPassword password) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword(password.value());
        dataSource.setPoolName("coordina-embedded");
        dataSource.setMaximumPoolSize(50);
        dataSource.setMinimumIdle(10);
        return dataSource;
    }
}
