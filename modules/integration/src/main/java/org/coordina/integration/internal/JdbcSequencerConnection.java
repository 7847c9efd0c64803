package org.coordina.integration.internal;

import javax.sql.DataSource;

import org.springframework.stereotype.Repository;

/** The sequencer's rounds, each a transaction on a connection of its own ({@link JdbcKeptConnection}). */
@Repository
class JdbcSequencerConnection extends JdbcKeptConnection implements FeedSequencer.Round {

    JdbcSequencerConnection(DataSource pool) {
        super(pool);
    }

    @Override
    public int sequence(int max) {
        return using(kept -> kept.transactions().execute(status -> new JdbcFeed(kept.jdbc()).sequence(max)));
    }
}
