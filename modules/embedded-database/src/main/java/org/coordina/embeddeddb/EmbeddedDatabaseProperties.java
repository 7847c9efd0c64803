package org.coordina.embeddeddb;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when {@code spring.datasource.url} is not set.
 *
 * @param directory the data directory, kept between runs so that a restart loses nothing
 * @param port the port to listen on; {@code 0} picks a free one
 * @param temporary whether to use a fresh, throw-away data directory instead (tests)
 */
@ConfigurationProperties("coordina.embedded-db")
public record EmbeddedDatabaseProperties(Path directory, int port, boolean temporary) {

    public EmbeddedDatabaseProperties {
        directory = directory == null ? Path.of("data", "postgres") : directory;
    }
}
