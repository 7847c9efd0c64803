-- The planning benchmark's data, straight into the annual-planning tables (psql, with -v year=… -v
-- quarter=… -v activities=…): an OPEN cycle with the seven default sections, the national plan (50
-- activities) and 30 approved local plans (VAR, whose secretary is a demo account, and XAA…XBC) of
-- :activities activities each, one or two indicators per activity (incremental and cumulative), a
-- report per plan and quarter (before :quarter accepted, submitted or returned; from :quarter on drafts)
-- and every activity's progress in every quarter with its indicator values. Ids are md5 hashes of
-- readable names, so that pgbench and wrk scripts compute the ids they need.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMPORARY TABLE bench_owner ON COMMIT DROP AS
  SELECT 'VAR'::varchar AS owner, 0 AS ordinal
  UNION ALL
  SELECT 'X' || chr(65 + i / 26) || chr(65 + i % 26), i + 1 FROM generate_series(0, 28) AS i;

INSERT INTO annualplanning.known_commission (id, code, name_bg, name_en, status, source_version, projected_at)
SELECT md5('bench-commission-' || owner)::uuid, owner, 'МКБТХ Бенчмарк ' || owner, 'LCCTHB Bench ' || owner,
       'ACTIVE', 1, now()
FROM bench_owner o
WHERE NOT EXISTS (SELECT 1 FROM annualplanning.known_commission k WHERE k.code = o.owner);

INSERT INTO annualplanning.planning_cycle (id, year, status, plan_submission_due, report_due_days,
  national_approval_target, opened_at, version, created_by, created_at, last_modified_by, last_modified_at)
VALUES (md5(:year || '-cycle')::uuid, :year, 'OPEN', make_date(:year, 1, 31), 15, make_date(:year, 2, 28), now(),
        2, 'bench', now(), 'bench', now());

INSERT INTO annualplanning.programme_section (planning_cycle_id, position, code, title_bg, title_en,
  strategic_objective_bg, strategic_objective_en)
SELECT md5(:year || '-cycle')::uuid, position - 1, code, title_bg, title_en, 'Стратегическа цел ' || code,
       'Strategic objective ' || code
FROM (VALUES (1, 'I', 'Институционални и организационни мерки', 'Institutional and organisational measures'),
             (2, 'II', 'Превенция', 'Prevention'),
             (3, 'III', 'Обучение и повишаване на капацитета на служителите', 'Training and capacity building of staff'),
             (4, 'IV', 'Идентифициране, защита и подкрепа на жертвите', 'Identification, protection and support of victims'),
             (5, 'V', 'Събиране на данни, анализ и изследвания', 'Data collection, analysis and research'),
             (6, 'VI', 'Международно сътрудничество', 'International cooperation'),
             (7, 'VII', 'Законодателни инициативи', 'Legislative initiatives')) AS s (position, code, title_bg, title_en);

CREATE TEMPORARY TABLE bench_plan ON COMMIT DROP AS
  SELECT 'national'::varchar AS owner, 50 AS activities
  UNION ALL
  SELECT owner, :activities FROM bench_owner;

INSERT INTO annualplanning.plan (id, cycle_year, owner, status, submitted_at, approved_at, version, created_by,
  created_at, last_modified_by, last_modified_at)
SELECT md5(:year || '-plan-' || owner)::uuid, :year, owner, 'APPROVED', now(), now(), 3, 'bench', now(), 'bench', now()
FROM bench_plan;

INSERT INTO annualplanning.activity (id, plan_id, cycle_year, owner, section_code, serves_activity_id, title_bg,
  title_en, description, responsible, partners, financing_source, financing_amount, financing_currency, starts_on,
  deadline, planned_quarters, origin, version, created_by, created_at, last_modified_by, last_modified_at)
SELECT md5(:year || '-activity-' || p.owner || '-' || n)::uuid, md5(:year || '-plan-' || p.owner)::uuid, :year,
       p.owner, (ARRAY['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'])[1 + n % 7],
       CASE WHEN p.owner <> 'national' AND n % 3 = 0 THEN md5(:year || '-activity-national-' || (1 + n % 50))::uuid END,
       'Информационна кампания ' || n || ' (' || p.owner || ')', 'Information campaign ' || n || ' (' || p.owner || ')',
       'Кампания около 18 октомври', ARRAY['Община', 'РУ на МВР'], ARRAY['НПО'], 'Общински бюджет', 500 + n, 'BGN',
       make_date(:year, 1 + n % 6, 1), make_date(:year, 12, 1), ARRAY[1, 2, 3, 4], 'MANUAL', 1, 'bench', now(),
       'bench', now()
FROM bench_plan p, generate_series(1, p.activities) AS n;

INSERT INTO annualplanning.indicator (id, activity_id, position, name_bg, name_en, unit, baseline, target, kind)
SELECT md5(:year || '-indicator-' || p.owner || '-' || n || '-' || k)::uuid,
       md5(:year || '-activity-' || p.owner || '-' || n)::uuid, k - 1, 'Участници ' || k, 'Participants ' || k,
       'души', 0, 40 + n % 60, CASE WHEN (n + k) % 2 = 0 THEN 'INCREMENTAL' ELSE 'CUMULATIVE' END
FROM bench_plan p, generate_series(1, p.activities) AS n, generate_series(1, 2) AS k
WHERE k = 1 OR n % 3 = 0;

INSERT INTO annualplanning.quarterly_report (id, plan_id, cycle_year, owner, quarter, status, due_on, submitted_at,
  version, created_by, created_at, last_modified_by, last_modified_at)
SELECT md5(:year || '-report-' || p.owner || '-' || q)::uuid, md5(:year || '-plan-' || p.owner)::uuid, :year, p.owner,
       q, CASE WHEN q >= :quarter THEN 'DRAFT'
               ELSE (ARRAY['ACCEPTED', 'ACCEPTED', 'SUBMITTED', 'RETURNED'])[1 + (ascii(p.owner) + q) % 4] END,
       (make_date(:year, q * 3, 1) + interval '1 month' + interval '14 days')::date,
       CASE WHEN q < :quarter THEN now() END, 1, 'bench', now(), 'bench', now()
FROM bench_plan p, generate_series(1, 4) AS q;

INSERT INTO annualplanning.activity_progress (id, report_id, activity_id, cycle_year, owner, quarter, status, narrative,
  people_reached, evidence, version, created_by, created_at, last_modified_by, last_modified_at)
SELECT md5(:year || '-progress-' || p.owner || '-' || n || '-' || q)::uuid,
       md5(:year || '-report-' || p.owner || '-' || q)::uuid, md5(:year || '-activity-' || p.owner || '-' || n)::uuid,
       :year, p.owner, q,
       (ARRAY['IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED', 'POSTPONED', 'NOT_STARTED', 'CANCELLED'])[1 + (n + q) % 6],
       'Проведени срещи и разпространени материали', n % 40, '{}', 1, 'bench', now(), 'bench', now()
FROM bench_plan p, generate_series(1, p.activities) AS n, generate_series(1, 4) AS q;

INSERT INTO annualplanning.indicator_value (activity_progress_id, indicator_id, value)
SELECT md5(:year || '-progress-' || p.owner || '-' || n || '-' || q)::uuid,
       md5(:year || '-indicator-' || p.owner || '-' || n || '-' || k)::uuid, (n + q * k) % 30
FROM bench_plan p, generate_series(1, p.activities) AS n, generate_series(1, 4) AS q, generate_series(1, 2) AS k
WHERE k = 1 OR n % 3 = 0;

COMMIT;
ANALYZE annualplanning.activity, annualplanning.indicator, annualplanning.quarterly_report,
  annualplanning.activity_progress, annualplanning.indicator_value, annualplanning.plan;
