package org.coordina.embeddeddb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL and points the application's {@link DataSource} at it, unless
 * {@code spring.datasource.url} names an external database.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        // Spring stops the server when it closes the context, after the connection pool; the
        // library's own JVM hook would stop it earlier, while the pool is still closing.
        var builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setServerConfig("max_connections", "100");
        if (properties.temporary()) {
            var postgres = builder.start();
            log.info("Embedded PostgreSQL with a temporary data directory on port {}", postgres.getPort());
            return postgres;
        }
        Path directory = properties.directory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        // The library tunes PostgreSQL for throw-away test databases (-F, synchronous_commit=off);
        // data that must survive a crash or power loss needs both back on.
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        // An existing cluster is reused as it is: initdb only runs on an empty directory.
        var postgres = builder.setDataDirectory(directory).setCleanDataDirectory(false).start();
        log.warn("Embedded PostgreSQL on port {}; data lives in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("coordina-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
