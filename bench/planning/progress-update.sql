-- PUT …/plans/VAR/quarters/{q}/activities/{id} as pgbench runs it (-D year=… -D quarter=… -D activities=…):
-- in one transaction, the report locked against its acceptance (FOR SHARE), the activity, the progress
-- upserted with its version raised, its indicator values replaced, the change history, and the
-- publication of ActivityProgressReported in the event registry. A random activity of VAR each time.
\set n random(1, :activities)
\set people random(0, 500)
BEGIN;
SELECT id, plan_id, status, due_on, version FROM annualplanning.quarterly_report
WHERE cycle_year = :year AND owner = 'VAR' AND quarter = :quarter FOR SHARE;
SELECT id, plan_id, owner, version FROM annualplanning.activity
WHERE id = md5(:year::text || '-activity-VAR-' || :n::text)::uuid;
INSERT INTO annualplanning.activity_progress (id, report_id, activity_id, cycle_year, owner, quarter, status, narrative,
  people_reached, evidence, version, created_by, created_at, last_modified_by, last_modified_at)
VALUES (md5(:year::text || '-progress-VAR-' || :n::text || '-' || :quarter::text)::uuid,
  md5(:year::text || '-report-VAR-' || :quarter::text)::uuid, md5(:year::text || '-activity-VAR-' || :n::text)::uuid,
  :year::int, 'VAR', :quarter::int, 'IN_PROGRESS', 'Bench progress (pgbench)', :people::int, '{}', 1, 'secretary.var',
  now(), 'secretary.var', now())
ON CONFLICT (report_id, activity_id) DO UPDATE SET status = excluded.status, narrative = excluded.narrative,
  people_reached = excluded.people_reached, evidence = excluded.evidence,
  version = annualplanning.activity_progress.version + 1, last_modified_by = excluded.last_modified_by,
  last_modified_at = excluded.last_modified_at
RETURNING id, version;
DELETE FROM annualplanning.indicator_value
WHERE activity_progress_id = md5(:year::text || '-progress-VAR-' || :n::text || '-' || :quarter::text)::uuid;
INSERT INTO annualplanning.indicator_value (activity_progress_id, indicator_id, value)
SELECT md5(:year::text || '-progress-VAR-' || :n::text || '-' || :quarter::text)::uuid, i.id, :people::int
FROM annualplanning.indicator i WHERE i.activity_id = md5(:year::text || '-activity-VAR-' || :n::text)::uuid;
INSERT INTO annualplanning.change_history (aggregate_type, aggregate_id, aggregate_version, action, changes, reason,
  changed_by, changed_at)
VALUES ('ActivityProgress', md5(:year::text || '-progress-VAR-' || :n::text || '-' || :quarter::text)::uuid, 2, 'reported',
  jsonb_build_object('status', jsonb_build_object('from', 'IN_PROGRESS', 'to', 'IN_PROGRESS'),
                     'peopleReached', jsonb_build_object('from', 0, 'to', :people::int)), NULL, 'secretary.var', now());
INSERT INTO modulith.event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
  completion_attempts)
VALUES (gen_random_uuid(), 'org.coordina.bench.ProgressListener.on(ActivityProgressReported)',
  'org.coordina.annualplanning.events.ActivityProgressReported',
  json_build_object('eventId', gen_random_uuid(), 'occurredAt', now(),
    'progressId', md5(:year::text || '-progress-VAR-' || :n::text || '-' || :quarter::text)::uuid, 'version', 2,
    'activityId', md5(:year::text || '-activity-VAR-' || :n::text)::uuid, 'year', :year::int, 'owner', 'VAR',
    'quarter', :quarter::int, 'status', 'IN_PROGRESS', 'peopleReached', :people::int)::text,
  now(), 'PUBLISHED', 0);
COMMIT;
