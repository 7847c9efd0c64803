package org.coordina.internationalcooperation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily announcements' PostgreSQL advisory locks, held until the transaction ends: with several instances
 * sharing the database, one does a round and the others skip it.
 */
@Repository
class JdbcAnnouncementLock {

    /** The agreements' round ("ICAG"). */
    static final long AGREEMENTS = 0x49434147L;

    /** The obligations' round ("ICOB"). */
    static final long OBLIGATIONS = 0x49434f42L;

    private final JdbcClient jdbc;

    JdbcAnnouncementLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock for the current transaction; false when another instance holds it. */
    boolean tryLock(long key) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", key).query(Boolean.class).single();
    }
}
