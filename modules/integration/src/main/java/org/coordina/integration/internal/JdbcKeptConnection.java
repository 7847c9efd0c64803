package org.coordina.integration.internal;

import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A connection borrowed from the pool once and kept by one of the module's background threads: under a burst of
 * writes every pooled connection is busy, and the thread's work would queue for one behind the writers (measured:
 * hundreds of milliseconds), while it is that work which makes their events readable. A connection that fails is
 * given back and another borrowed at the next use.
 */
@Repository
abstract class JdbcKeptConnection implements DisposableBean {

    private final DataSource pool;

    private Connected connected;

    JdbcKeptConnection(DataSource pool) {
        this.pool = pool;
    }

    /** Does the work on the kept connection, borrowing one first if none is kept; gives it back if the work fails. */
    protected synchronized <T> T using(Function<Connected, T> work) {
        if (connected == null) {
            connected = borrow();
        }
        try {
            return work.apply(connected);
        } catch (RuntimeException failure) {
            giveBack();
            throw failure;
        }
    }

    private Connected borrow() {
        try {
            var connection = new SingleConnectionDataSource(pool.getConnection(), true);
            return new Connected(connection, JdbcClient.create(connection),
                    new TransactionTemplate(new DataSourceTransactionManager(connection)));
        } catch (SQLException failure) {
            throw new CannotGetJdbcConnectionException("No connection for " + getClass().getSimpleName(), failure);
        }
    }

    private void giveBack() {
        if (connected != null) {
            try {
                // A session's advisory lock would otherwise stay with the connection in the pool, held by nobody.
                connected.jdbc().sql("select pg_advisory_unlock_all()").query((row, number) -> 1).single();
            } catch (RuntimeException broken) {
                // A connection that broke has no session left, nor its locks.
            }
            connected.connection().destroy();
            connected = null;
        }
    }

    @Override
    public synchronized void destroy() {
        giveBack();
    }

    /**
     * The kept connection: statements on it and transactions on it. A new instance for every connection borrowed, so
     * that what lasts as long as a session (a session's advisory lock) can be told to be still there.
     */
    protected record Connected(SingleConnectionDataSource connection, JdbcClient jdbc,
            TransactionTemplate transactions) {
    }
}
