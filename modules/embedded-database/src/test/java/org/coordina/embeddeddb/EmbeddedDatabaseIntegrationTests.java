package org.coordina.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class));

    @Test
    void keepsDataAcrossRestartsInItsDataDirectory(@TempDir Path directory) {
        var dataDirectory = "coordina.embedded-db.directory=" + directory.resolve("postgres");
        runner.withPropertyValues(dataDirectory).run(context -> {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            jdbc.execute("create table remembered (note text)");
            jdbc.update("insert into remembered values ('survives a restart')");
        });
        // The first context is closed: the server has stopped and only the directory remains.
        assertThat(directory.resolve("postgres/PG_VERSION")).exists();
        assertThat(directory.resolve("postgres/postmaster.pid")).doesNotExist();

        runner.withPropertyValues(dataDirectory).run(context -> {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select note from remembered", String.class)).isEqualTo("survives a restart");
        });
    }

    @Test
    void startsNoEmbeddedDatabaseWhenAnExternalOneIsConfigured() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.test/coordina")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
    }

    @Test
    void listensOnTheConfiguredPort() {
        runner.withPropertyValues("coordina.embedded-db.temporary=true", "coordina.embedded-db.port=0")
                .run(context -> {
                    var postgres = context.getBean(EmbeddedPostgres.class);
                    assertThat(postgres.getPort()).isPositive();
                    var url = new JdbcTemplate(context.getBean(DataSource.class))
                            .queryForObject("select current_setting('port')", String.class);
                    assertThat(url).isEqualTo(String.valueOf(postgres.getPort()));
                });
    }
}
