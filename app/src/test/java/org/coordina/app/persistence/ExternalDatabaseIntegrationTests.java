package org.coordina.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.coordina.CoordinaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application on an external PostgreSQL, configured as production would configure it. */
class ExternalDatabaseIntegrationTests {

    @Test
    void migratesAnExternalDatabaseStartsNoEmbeddedOneAndCreatesNoDemoData() throws Exception {
        try (var external = EmbeddedPostgres.builder().start()) {
            // Only the production configuration: the tests' own config/application.properties would turn demo mode on.
            try (var context = new SpringApplicationBuilder(CoordinaApplication.class).run(
                    "--spring.config.location=classpath:/application.yaml", "--server.port=0",
                    "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--coordina.events.resubmission.enabled=false")) {
                assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(context.getEnvironment().getProperty("coordina.demo.enabled")).isEqualTo("false");

                var jdbc = new JdbcTemplate(external.getPostgresDatabase());
                assertThat(jdbc.queryForList("select schema_name from information_schema.schemata", String.class))
                        .contains("modulith", "accounts", "regionalcommissions");
                assertThat(jdbc.queryForObject("select count(*) from regionalcommissions.commission", Integer.class)).isZero();
                assertThat(jdbc.queryForObject("select count(*) from accounts.user_account", Integer.class)).isZero();
            }
        }
    }
}
