package org.coordina.embeddeddb;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for a start after a crash. The embedded PostgreSQL runs as a daemon of its own: when
 * the JVM is killed ({@code kill -9}, an OOM kill), the postmaster lives on and keeps the data
 * directory locked. Before a start, a postmaster still serving this data directory is shut down
 * cleanly (SIGINT, PostgreSQL's fast shutdown), and a {@code postmaster.pid} left by a postmaster
 * that is gone, or whose process id now belongs to something else, is removed, so that PostgreSQL
 * starts with its ordinary crash recovery.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    /** The library's lock file: held by a running instance's JVM, released by the kernel when it dies. */
    private static final String INSTANCE_LOCK = "epg-lock";

    private static final String PID_FILE = "postmaster.pid";

    private OrphanedPostmaster() {
    }

    /**
     * Stops an orphaned postmaster of this data directory, or removes its stale pid file.
     *
     * @throws IllegalStateException if a live Coordina instance still uses the directory
     */
    static void clear(Path directory, Duration patience) throws IOException {
        var pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        refuseIfOwnedByALiveInstance(directory);
        var postmaster = pidOf(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> servesDirectory(process, directory));
        if (postmaster.isEmpty()) {
            log.warn("Removing the stale {} of {}: its postmaster is gone", PID_FILE, directory);
            Files.deleteIfExists(pidFile);
            return;
        }
        var process = postmaster.get();
        log.warn("An orphaned PostgreSQL (pid {}) of {} is still running after an unclean stop; shutting it down",
                process.pid(), directory);
        signal(process, "INT");
        if (!awaitExit(process, patience)) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", process.pid(), patience);
            process.destroyForcibly();
            awaitExit(process, patience);
        }
        if (process.isAlive()) {
            throw new IllegalStateException("Could not stop the orphaned PostgreSQL (pid " + process.pid() + ") of "
                    + directory);
        }
    }

    private static void refuseIfOwnedByALiveInstance(Path directory) throws IOException {
        var lockFile = directory.resolve(INSTANCE_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); var lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(directory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(directory);
        }
    }

    private static IllegalStateException inUse(Path directory) {
        return new IllegalStateException("The embedded database directory " + directory
                + " is in use by another running instance");
    }

    private static Optional<Long> pidOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A process id may have been reused since the crash: only a postgres with this very data directory counts. */
    static boolean servesDirectory(ProcessHandle process, Path directory) {
        var info = process.info();
        var command = info.command().orElse("");
        var arguments = info.arguments().map(List::of).orElse(List.of());
        if (!Path.of(command.isEmpty() ? "?" : command).getFileName().toString().equals("postgres")) {
            return false;
        }
        var expected = canonical(directory);
        for (int i = 0; i + 1 < arguments.size(); i++) {
            if (arguments.get(i).equals("-D") && canonical(Path.of(arguments.get(i + 1))).equals(expected)) {
                return true;
            }
        }
        return false;
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) throws IOException {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }
}
