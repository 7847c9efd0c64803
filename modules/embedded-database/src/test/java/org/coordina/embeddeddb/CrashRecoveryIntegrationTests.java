package org.coordina.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class CrashRecoveryIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class));

    @TempDir
    Path temporary;

    private Process crashing;

    @AfterEach
    void leaveNoPostgresBehind() throws Exception {
        if (crashing != null) {
            crashing.destroyForcibly().waitFor();
        }
        // Should the test fail half-way, the orphan must not outlive it.
        OrphanedPostmaster.clear(temporary.resolve("postgres"), Duration.ofSeconds(30));
    }

    @Test
    void startsAgainWithTheDataAfterTheJvmWasKilled() throws Exception {
        var directory = temporary.resolve("postgres");
        crashing = startCrashingInstance(directory);
        awaitWritten(crashing);

        crashing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // kill -9 of the JVM leaves its postmaster running, holding the directory.
        assertThat(directory.resolve("postmaster.pid")).exists();

        runner.withPropertyValues("coordina.embedded-db.directory=" + directory).run(context -> {
            assertThat(context).hasNotFailed();
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select note from remembered", String.class)).isEqualTo("survives a crash");
        });
        assertThat(directory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void removesAStalePidFileWhosePostmasterIsGone() throws Exception {
        var directory = temporary.resolve("postgres");
        runner.withPropertyValues("coordina.embedded-db.directory=" + directory)
                .run(context -> new JdbcTemplate(context.getBean(DataSource.class)).execute("create table kept (id int)"));
        // A power cut: the pid file stays, naming a process that no longer exists (or is someone else).
        Files.writeString(directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + directory + "\n");

        runner.withPropertyValues("coordina.embedded-db.directory=" + directory).run(context -> {
            assertThat(context).hasNotFailed();
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from kept", Integer.class)).isZero();
        });
    }

    private static Process startCrashingInstance(Path directory) throws Exception {
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, CrashingInstance.class.getName(),
                directory.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void awaitWritten(Process process) throws Exception {
        var output = new StringBuilder();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            output.append(line).append('\n');
            if (line.contains(CrashingInstance.WRITTEN)) {
                // Keep draining so that the child never blocks on a full pipe.
                var drain = new Thread(() -> reader.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new AssertionError("The child JVM did not write its row:\n" + output);
    }
}
