-- Commit → delivery latencies of the CommissionEstablished events since :'since' (ms).
-- The listeners, from the event publication registry: publication_date is taken in the publishing transaction
-- (just before its commit), completion_date when the listener completed.
-- The feed, from its own table: recorded_at is taken when the publishing transaction appends the event (just
-- before its commit), sequenced_at when the sequencer gave it its position (readable from its commit on).
-- Kafka is not measured here but from the topic itself (kafka-latency.sql).
SELECT 'commit->listener' AS path,
       count(*),
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completion_date - publication_date) * 1000))::numeric, 1) AS p50_ms,
       round((percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM completion_date - publication_date) * 1000))::numeric, 1) AS p99_ms
FROM modulith.event_publication_archive
WHERE publication_date >= :'since'::timestamptz AND event_type LIKE '%CommissionEstablished'
  AND listener_id NOT LIKE '%Externaliz%'
HAVING count(*) > 0
UNION ALL
SELECT 'commit->feed', count(*),
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sequenced_at - recorded_at) * 1000))::numeric, 1),
       round((percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sequenced_at - recorded_at) * 1000))::numeric, 1)
FROM integration.feed_event
WHERE recorded_at >= :'since'::timestamptz AND type LIKE '%CommissionEstablished%'
ORDER BY 1;
