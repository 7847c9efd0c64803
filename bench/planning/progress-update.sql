-- PUT …/plans/VAR/quarters/{q}/activities/{id} as pgbench runs it (-D year=… -D quarter=… -D activities=…): the
-- statements the application sends, in its order, in one transaction (ActivityProgressReporting and
-- ProgressRecordingRepositoryImpl, JdbcReportingQueries, ActivityFigures, ChangeHistory): the report locked
-- against its acceptance (FOR SHARE), the activity's indicators with its row locked (so that two updates of one
-- activity refresh its figures in turn), the entry with its indicator values in one statement, the targeted
-- version-checked UPDATE, the upsert of the changed values, the roll-up figures of the activity, the change
-- history. A random activity of VAR each time. Two differences, both in pgbench's favour by a few microseconds:
-- the indicator ids of the upsert come from a subquery (the application binds them as an array), and the
-- version of the UPDATE is the one just read (\gset). No registry insert: no module listens to
-- ActivityProgressReported yet (Spring Modulith stores a publication per transactional listener); a consumer
-- would add one insert to both sides. bench/planning/run.sh checks that the figures statement is still the
-- one of ActivityFigures.java.
\set n random(1, :activities)
\set people random(0, 500)
BEGIN;
SELECT r.id, r.plan_id, r.status, c.status AS cycle_status
FROM annualplanning.quarterly_report r
JOIN annualplanning.planning_cycle c ON c.year = r.cycle_year
WHERE r.cycle_year = :year AND r.owner = 'VAR' AND r.quarter = :quarter
FOR SHARE OF r;
SELECT i.id
FROM annualplanning.activity a
LEFT JOIN annualplanning.indicator i ON i.activity_id = a.id
WHERE a.id = md5(:year::text || '-activity-VAR-' || :n::text)::uuid AND a.plan_id = md5(:year::text || '-plan-VAR')::uuid
FOR NO KEY UPDATE OF a;
SELECT p.version,
       array(SELECT v.indicator_id FROM annualplanning.indicator_value v
             WHERE v.activity_progress_id = p.id ORDER BY v.indicator_id) AS indicator_ids,
       array(SELECT v.value FROM annualplanning.indicator_value v
             WHERE v.activity_progress_id = p.id ORDER BY v.indicator_id) AS indicator_values
FROM annualplanning.activity_progress p
WHERE p.report_id = md5(:year::text || '-report-VAR-' || :quarter::text)::uuid
  AND p.activity_id = md5(:year::text || '-activity-VAR-' || :n::text)::uuid \gset
UPDATE annualplanning.activity_progress
SET status = 'IN_PROGRESS', narrative = 'Bench progress (pgbench)', people_reached = :people, evidence = '{}',
    version = version + 1, last_modified_by = 'secretary.var', last_modified_at = now()
WHERE id = md5(:year::text || '-progress-VAR-' || :n::text || '-' || :quarter::text)::uuid AND version = :version;
INSERT INTO annualplanning.indicator_value (activity_progress_id, indicator_id, value)
SELECT md5(:year::text || '-progress-VAR-' || :n::text || '-' || :quarter::text)::uuid, v.indicator_id, v.value
FROM unnest(array(SELECT i.id FROM annualplanning.indicator i
                  WHERE i.activity_id = md5(:year::text || '-activity-VAR-' || :n::text)::uuid ORDER BY i.position),
            CAST(ARRAY[:people::text, :people::text] AS numeric[])) AS v (indicator_id, value)
WHERE v.indicator_id IS NOT NULL
ON CONFLICT (activity_progress_id, indicator_id) DO UPDATE SET value = excluded.value;
INSERT INTO annualplanning.activity_figures (activity_id, cycle_year, owner, section_code, status, indicators,
  reached, ratio_sum, ratio_count)
SELECT a.id, a.cycle_year, a.owner, a.section_code,
       coalesce((SELECT p.status FROM annualplanning.activity_progress p
                 WHERE p.activity_id = a.id ORDER BY p.quarter DESC LIMIT 1), 'NOT_STARTED'),
       f.indicators, f.reached, f.ratio_sum, f.ratio_count
FROM annualplanning.activity a
CROSS JOIN LATERAL (
  SELECT count(i.id) AS indicators, count(i.id) FILTER (WHERE x.actual >= i.target) AS reached,
         sum(x.actual / i.target) FILTER (WHERE i.target > 0) AS ratio_sum,
         count(i.id) FILTER (WHERE i.target > 0) AS ratio_count
  FROM annualplanning.indicator i
  CROSS JOIN LATERAL (
    SELECT coalesce(CASE WHEN i.kind = 'INCREMENTAL' THEN sum(v.value)
                         ELSE (array_agg(v.value ORDER BY p.quarter DESC))[1] END, 0) AS actual
    FROM annualplanning.indicator_value v
    JOIN annualplanning.activity_progress p ON p.id = v.activity_progress_id
    WHERE v.indicator_id = i.id
  ) x
  WHERE i.activity_id = a.id
) f
WHERE a.id = md5(:year::text || '-activity-VAR-' || :n::text)::uuid
ON CONFLICT (activity_id) DO UPDATE SET section_code = excluded.section_code, status = excluded.status,
  indicators = excluded.indicators, reached = excluded.reached, ratio_sum = excluded.ratio_sum,
  ratio_count = excluded.ratio_count;
INSERT INTO annualplanning.change_history (aggregate_type, aggregate_id, aggregate_version, action, changes, reason,
  changed_by, changed_at)
VALUES ('ActivityProgress', md5(:year::text || '-progress-VAR-' || :n::text || '-' || :quarter::text)::uuid,
  :version + 1, 'reported',
  jsonb_build_array(jsonb_build_object('field', 'narrative', 'from', 'Bench progress, round 1', 'to', 'Bench progress, round 2'),
                    jsonb_build_object('field', 'peopleReached', 'from', 0, 'to', :people::int)),
  NULL, 'secretary.var', now());
COMMIT;
