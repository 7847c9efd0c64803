package org.coordina.embeddeddb;

import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Run in a child JVM by {@link CrashRecoveryIntegrationTests}: starts the embedded database on a
 * data directory, writes a row, says so on standard output and waits to be killed.
 */
public final class CrashingInstance {

    static final String WRITTEN = "coordina-test: row written";

    private CrashingInstance() {
    }

    public static void main(String[] args) throws Exception {
        var properties = new EmbeddedDatabaseProperties(Path.of(args[0]), 0, false);
        var configuration = new EmbeddedDatabaseAutoConfiguration();
        var password = configuration.embeddedClusterPassword(properties);
        var postgres = configuration.embeddedPostgres(properties, password);
        var jdbc = new JdbcTemplate(configuration.dataSource(postgres, password));
        jdbc.execute("create table remembered (note text)");
        jdbc.update("insert into remembered values ('survives a crash')");
        System.out.println(WRITTEN);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
