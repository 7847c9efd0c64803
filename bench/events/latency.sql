-- Commit → delivery latencies of the CommissionEstablished publications since :'since' (ms), from the event
-- publication registry: publication_date is taken in the publishing transaction (just before its commit),
-- completion_date when the listener (or the Kafka send) completed.
SELECT CASE WHEN listener_id = 'integration.feed' THEN 'commit->feed'
            WHEN listener_id LIKE '%Externaliz%' THEN 'commit->kafka'
            ELSE 'commit->listener' END AS path,
       count(*),
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completion_date - publication_date) * 1000))::numeric, 1) AS p50_ms,
       round((percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM completion_date - publication_date) * 1000))::numeric, 1) AS p99_ms
FROM modulith.event_publication_archive
WHERE publication_date >= :'since'::timestamptz AND event_type LIKE '%CommissionEstablished'
GROUP BY 1 ORDER BY 1;
