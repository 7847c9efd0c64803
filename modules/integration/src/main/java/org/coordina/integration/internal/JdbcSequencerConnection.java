package org.coordina.integration.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sequencer's own connection, borrowed from the pool once and kept: under a burst of writes every pooled
 * connection is busy and a round would queue for one behind the writers (measured: hundreds of milliseconds), while
 * it is the round that makes their events readable. A connection that fails is given back and another borrowed at the
 * next round.
 */
@Repository
class JdbcSequencerConnection implements FeedSequencer.Round, DisposableBean {

    private final DataSource pool;

    private SingleConnectionDataSource connection;

    private TransactionTemplate transactions;

    private JdbcFeed feed;

    JdbcSequencerConnection(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public synchronized int sequence(int max) {
        if (connection == null) {
            borrow();
        }
        try {
            return transactions.execute(status -> feed.sequence(max));
        } catch (RuntimeException failure) {
            giveBack();
            throw failure;
        }
    }

    private void borrow() {
        try {
            connection = new SingleConnectionDataSource(pool.getConnection(), true);
        } catch (SQLException failure) {
            throw new CannotGetJdbcConnectionException("No connection for the feed's sequencer", failure);
        }
        transactions = new TransactionTemplate(new DataSourceTransactionManager(connection));
        feed = new JdbcFeed(JdbcClient.create(connection));
    }

    private void giveBack() {
        if (connection != null) {
            connection.destroy();
            connection = null;
        }
    }

    @Override
    public synchronized void destroy() {
        giveBack();
    }
}
