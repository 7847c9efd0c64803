-- Commit → Kafka latency of the CommissionEstablished events since :'since' (ms), from Kafka itself: run.sh loads
-- the topic's records into the temporary table kafka_record (event_id = the ce_id header, appended_ms = the
-- record's timestamp, the broker's LogAppendTime: when the broker appended it) and this joins them with the feed's
-- table on the event id; recorded_at is taken in the writing transaction just before its commit. The topic keeps
-- the records of earlier measurements: the join and :'since' keep this one's. An event on Kafka more than once
-- (at-least-once delivery) counts once, at its first append.
SELECT 'commit->kafka' AS path,
       count(*),
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY kafka.appended_ms - extract(epoch FROM feed.recorded_at) * 1000))::numeric, 1),
       round((percentile_cont(0.99) WITHIN GROUP (ORDER BY kafka.appended_ms - extract(epoch FROM feed.recorded_at) * 1000))::numeric, 1)
FROM (SELECT event_id, min(appended_ms) AS appended_ms FROM kafka_record GROUP BY 1) kafka
JOIN integration.feed_event feed ON feed.event_id::text = kafka.event_id
WHERE feed.recorded_at >= :'since'::timestamptz AND feed.type LIKE '%CommissionEstablished%';
