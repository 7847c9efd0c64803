package org.coordina.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseDoorIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class));

    @Test
    void refusesConnectionsWithoutThePassword(@TempDir Path directory) {
        runner.withPropertyValues("coordina.embedded-db.directory=" + directory.resolve("postgres")).run(context -> {
            int port = context.getBean(EmbeddedPostgres.class).getPort();
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "postgres", "guessed").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            // The application itself connects, with the generated password.
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select 1", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("show listen_addresses", String.class)).isEqualTo("localhost");
            assertThat(jdbc.queryForObject("select rolpassword from pg_authid where rolname = 'postgres'", String.class))
                    .startsWith("SCRAM-SHA-256$");
        });
    }

    @Test
    void keepsTheGeneratedPasswordInTheDataDirectoryForItsOwnerOnly(@TempDir Path directory) throws Exception {
        var dataDirectory = directory.resolve("postgres");
        runner.withPropertyValues("coordina.embedded-db.directory=" + dataDirectory).run(context -> {
            assertThat(context).hasNotFailed();
        });
        var file = dataDirectory.resolve(ClusterPassword.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        var password = Files.readString(file);
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        // The next start reads it instead of making up another one.
        runner.withPropertyValues("coordina.embedded-db.directory=" + dataDirectory).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ClusterPassword.class).value()).isEqualTo(password.trim());
        });
    }

    @Test
    void givesAClusterThatTrustedLocalConnectionsAPassword(@TempDir Path directory) throws Exception {
        var dataDirectory = directory.resolve("postgres");
        // As the application created clusters before they had a password.
        EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start().close();
        assertThat(dataDirectory.resolve(ClusterPassword.FILE_NAME)).doesNotExist();

        runner.withPropertyValues("coordina.embedded-db.directory=" + dataDirectory).run(context -> {
            assertThat(context).hasNotFailed();
            int port = context.getBean(EmbeddedPostgres.class).getPort();
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres").close())
                    .isInstanceOf(SQLException.class);
            assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select 1", Integer.class)).isEqualTo(1);
        });
        assertThat(dataDirectory.resolve(ClusterPassword.FILE_NAME)).exists();
    }
}
