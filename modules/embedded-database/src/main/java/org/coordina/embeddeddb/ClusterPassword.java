package org.coordina.embeddeddb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The password of the embedded cluster's superuser: generated once, kept in the data directory in a
 * file only its owner may read, and demanded (SCRAM) of every connection by {@code pg_hba.conf}.
 */
final class ClusterPassword {

    static final String FILE_NAME = "coordina-password";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Over the loopback only (the server listens nowhere else), always with the password. */
    static final String HOST_BASED_AUTHENTICATION = """
            # Written by Coordina at every start: every connection needs the password (SCRAM).
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private final String value;

    private ClusterPassword(String value) {
        this.value = value;
    }

    static ClusterPassword generate() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return new ClusterPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The password kept in this data directory, if one was ever stored there. */
    static Optional<ClusterPassword> storedIn(Path dataDirectory) throws IOException {
        var file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(new ClusterPassword(Files.readString(file, StandardCharsets.UTF_8).trim()));
    }

    String value() {
        return value;
    }

    /** Stores it in the data directory, readable and writable by the owner only, replacing it atomically. */
    void storeIn(Path dataDirectory) throws IOException {
        var staged = writeOwnerOnly(Files.createTempFile(dataDirectory, FILE_NAME, ".new"));
        Files.move(staged, dataDirectory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** A file for {@code initdb --pwfile}, outside the data directory (initdb wants it empty). */
    Path writeInitdbFile() throws IOException {
        return writeOwnerOnly(Files.createTempFile("coordina-initdb-", ".pw"));
    }

    /** Makes every later connection prove the password. */
    static void requireItIn(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION, StandardCharsets.UTF_8);
    }

    private Path writeOwnerOnly(Path file) throws IOException {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        Files.writeString(file, value, StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public String toString() {
        return "ClusterPassword[…]";
    }
}
