package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.coordina.sample.events.SampleRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay's store on the embedded PostgreSQL: the cursor starts at the feed's end, follows what Kafka took, and
 * only one relay at a time leads, another taking over when the leader's connection goes.
 */
@ApplicationModuleTest
@TestPropertySource(locations = "classpath:coordina-test.properties")
class JdbcKafkaRelayIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource pool;

    JdbcKafkaRelay first;

    JdbcKafkaRelay second;

    @BeforeEach
    void noRelayHasRunYet() {
        jdbc.sql("delete from integration.kafka_relay").update();
        first = new JdbcKafkaRelay(pool);
        second = new JdbcKafkaRelay(pool);
    }

    @AfterEach
    void giveTheConnectionsBack() {
        first.destroy();
        second.destroy();
    }

    @Test
    void theFirstRelayStartsAtTheFeedsEndAndThenReadsEveryLaterEventInFeedOrder() {
        publishSequenced(3);

        assertThat(first.lead()).isTrue();
        assertThat(first.after(first.cursor(), 10)).as("events from before Kafka was first on stay in the feed only")
                .isEmpty();

        List<UUID> later = publishSequenced(4);
        List<FeedEntry> batch = first.after(first.cursor(), 10);

        assertThat(batch).extracting(FeedEntry::eventId).containsExactlyElementsOf(later);
        assertThat(first.after(first.cursor(), 2)).extracting(FeedEntry::eventId)
                .containsExactlyElementsOf(later.subList(0, 2));
    }

    @Test
    void theCursorMovesOnlyWhenToldAndKeepsItsPlaceForTheNextRelay() {
        assertThat(first.lead()).isTrue();
        List<UUID> published = publishSequenced(3);
        List<FeedEntry> batch = first.after(first.cursor(), 10);

        first.advance(batch.get(1).position());

        assertThat(first.after(first.cursor(), 10)).extracting(FeedEntry::eventId).containsExactly(published.get(2));
        first.destroy();
        assertThat(second.lead()).isTrue();
        assertThat(second.after(second.cursor(), 10)).extracting(FeedEntry::eventId).containsExactly(published.get(2));
    }

    @Test
    void onlyOneRelayLeadsAndAnotherTakesOverWhenItsConnectionGoes() {
        assertThat(first.lead()).isTrue();
        assertThat(second.lead()).isFalse();
        assertThat(first.lead()).as("a leader stays the leader").isTrue();

        first.destroy();

        assertThat(second.lead()).isTrue();
        assertThat(first.lead()).isFalse();
    }

    @Test
    void aRelayWhoseConnectionBrokeTakesTheLockAgainOnItsNextConnection() {
        assertThat(first.lead()).isTrue();
        long backendPid = jdbc.sql("select pid from pg_locks where locktype = 'advisory' and objid = :low")
                .param("low", JdbcKafkaRelay.RELAY_LOCK & 0xFFFFFFFFL).query(Long.class).single();

        jdbc.sql("select pg_terminate_backend(:pid)").param("pid", (int) backendPid).query(Boolean.class).single();

        // Every statement of the relay runs on the connection that held the lock, so none can run without it.
        assertThatThrownBy(() -> first.after(first.cursor(), 10)).isInstanceOf(DataAccessException.class);
        assertThat(first.lead()).as("the lock taken again on a new connection").isTrue();
        assertThat(second.lead()).isFalse();
    }

    private List<UUID> publishSequenced(int count) {
        List<SampleRecorded> published = IntStream.range(0, count)
                .mapToObj(n -> SampleRecorded.of(UUID.randomUUID(), 1, "relayed " + n)).toList();
        published.forEach(event -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
        List<UUID> ids = published.stream().map(SampleRecorded::eventId).toList();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from integration.feed_event where event_id in (:ids) and position is not null")
                .param("ids", ids).query(Long.class).single() == count);
        return ids;
    }
}
