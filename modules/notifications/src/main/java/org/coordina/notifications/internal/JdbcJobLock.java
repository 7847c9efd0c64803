package org.coordina.notifications.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification jobs' PostgreSQL advisory locks, held until the transaction ends: with several instances
 * sharing the database, one does a round and the others skip it.
 */
@Repository
class JdbcJobLock {

    /** The mail sender's round ("NTMS"). */
    static final long SENDER = 0x4e544d53L;

    /** The daily digest's round ("NTDG"). */
    static final long DIGEST = 0x4e544447L;

    /** The purge's round ("NTPG"). */
    static final long PURGE = 0x4e545047L;

    private final JdbcClient jdbc;

    JdbcJobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock for the current transaction; false when another instance holds it. */
    boolean tryLock(long key) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", key).query(Boolean.class).single();
    }
}
