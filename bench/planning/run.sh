#!/usr/bin/env bash
# The planning benchmark of issue 8, in one run on one embedded PostgreSQL: generates 30 commissions ×
# 300 activities × 4 quarters of reports (generate.sql, straight into the tables), then measures side by side
#   (a) the national roll-up GET /api/v1/planning-cycles/{year}/progress over HTTP (wrk) against the same
#       statements run by pgbench (taken from ProgressQuery.java, so they cannot drift): p50/p95;
#   (b) a secretary's quarterly progress update PUT …/plans/VAR/quarters/{q}/activities/{id} at 32
#       connections (wrk, progress-update.lua) against its statements run by pgbench at 32 clients
#       (progress-update.sql): throughput and p50/p95/p99.
# Prints every figure and ratio against the issue's targets; never fails on a figure.
#
#   bench/planning/run.sh [seconds per measurement, default 20]
#
# Environment: BENCH_CONNECTIONS (32, for the update), BENCH_ROLLUP_CONNECTIONS (1: latency of one reader
# at a time), BENCH_WARMUP (seconds of load before each HTTP measurement, 30), BENCH_PGBENCH_WARMUP (5),
# BENCH_PLANNING_YEAR (this year: the update must fall in a quarter that has begun),
# BENCH_PLANNING_QUARTER (this quarter), BENCH_EXPLAIN=0 (skip EXPLAIN ANALYZE), and those of bench/run.sh
# (BENCH_JAVA_OPTS, BENCH_APP_ARGS, BENCH_DB_USER, BENCH_DB_PASSWORD, BENCH_BUILD, BENCH_JAR).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../lib.sh
source "$here/../lib.sh"

duration=${1:-20}
connections=${BENCH_CONNECTIONS:-32}
rollup_connections=${BENCH_ROLLUP_CONNECTIONS:-1}
warmup=${BENCH_WARMUP:-30}
pgbench_warmup=${BENCH_PGBENCH_WARMUP:-5}
year=${BENCH_PLANNING_YEAR:-$(date -u +%Y)}
quarter=${BENCH_PLANNING_QUARTER:-$((($(date -u +%-m) - 1) / 3 + 1))}
today=$(date -u +%F)
activities=300
db_user=${BENCH_DB_USER:-postgres}
export PGPASSWORD=${BENCH_DB_PASSWORD:-}

require_tools wrk pgbench psql curl python3
jar=$(bench_jar)

workdir=$(mktemp -d)
pid=""
trap 'app_stop; rm -rf "$workdir"' EXIT
db_port=$(free_port)

echo "# bench/planning/run.sh $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "# jar: ${jar#"$bench_root"/}; JVM options: ${BENCH_JAVA_OPTS:-none}; year $year, update quarter Q$quarter; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

app_start --coordina.embedded-db.port="$db_port"
if [ -z "$PGPASSWORD" ] && [ -f "$workdir/data/postgres/coordina-password" ]; then
  PGPASSWORD=$(cat "$workdir/data/postgres/coordina-password")
  export PGPASSWORD
fi
wait_for_login secretary.var
psql_db() { psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U "$db_user" -d postgres "$@"; }

if [ "$(psql_db -c "SELECT count(*) FROM annualplanning.planning_cycle WHERE year = $year")" != 0 ]; then
  echo "a planning cycle for $year exists already (demo data?): set BENCH_PLANNING_YEAR" >&2
  exit 1
fi
t0=$(now)
psql_db -v year="$year" -v quarter="$quarter" -v activities="$activities" -f "$here/generate.sql"
# The roll-up's figures of each generated activity, with the statement the application runs for one activity
# (from ActivityFigures.java, for the whole year here); and a check that the pgbench script of the update still
# runs that statement.
python3 - "$bench_root/modules/annual-planning/src/main/java/org/coordina/annualplanning/internal/ActivityFigures.java" \
  "$here/progress-update.sql" "$workdir" "$year" <<'PY'
import re, sys, textwrap
source, script, workdir, year = sys.argv[1:]
refresh = textwrap.dedent(re.search(r'static final String REFRESH = """\n(.*?)""";', open(source, encoding="utf-8").read(),
                                    re.S).group(1)).strip()
with open(f"{workdir}/figures.sql", "w", encoding="utf-8") as out:
    out.write(refresh.replace("WHERE a.id = :activityId", f"WHERE a.cycle_year = {year}") + ";\n"
              + "ANALYZE annualplanning.activity_figures;\n")
flat = lambda text: " ".join(text.split())
if flat(refresh.replace(":activityId", "md5(:year::text || '-activity-VAR-' || :n::text)::uuid")) not in flat(open(script, encoding="utf-8").read()):
    print("WARNING: progress-update.sql no longer runs ActivityFigures.REFRESH: update it", file=sys.stderr)
PY
psql_db -f "$workdir/figures.sql"
echo "generated in $(seconds_since "$t0") s: $(psql_db -c "SELECT format('%s plans, %s activities, %s indicators, %s reports, %s progress entries, %s indicator values',
  (SELECT count(*) FROM annualplanning.plan WHERE cycle_year = $year), (SELECT count(*) FROM annualplanning.activity WHERE cycle_year = $year),
  (SELECT count(*) FROM annualplanning.indicator i JOIN annualplanning.activity a ON a.id = i.activity_id WHERE a.cycle_year = $year),
  (SELECT count(*) FROM annualplanning.quarterly_report WHERE cycle_year = $year),
  (SELECT count(*) FROM annualplanning.activity_progress WHERE cycle_year = $year),
  (SELECT count(*) FROM annualplanning.indicator_value v JOIN annualplanning.activity_progress p ON p.id = v.activity_progress_id WHERE p.cycle_year = $year))")"

admin=$(bearer_token national.admin)
secretary=$(bearer_token secretary.var)

# The roll-up's statements as the application sends them, from the query class itself: the four statements
# of ProgressQuery (the cycle, then the tallies, sections and reports) in one read-only transaction.
python3 - "$bench_root/modules/annual-planning/src/main/java/org/coordina/annualplanning/internal/ProgressQuery.java" \
  "$workdir" "$year" "$today" <<'PY'
import re, sys, textwrap
source, workdir, year, today = sys.argv[1:]
text = open(source, encoding="utf-8").read()
blocks = {name: textwrap.dedent(body).strip() for name, body in
          re.findall(r'static final String (\w+) = """\n(.*?)""";', text, re.S)}
statements = [blocks["TALLIES"], blocks["SECTIONS"], blocks["REPORTS"]]
cycle = blocks["CYCLE"]
with open(f"{workdir}/rollup.sql", "w", encoding="utf-8") as out:
    out.write("-- The national roll-up, extracted from ProgressQuery.java\nBEGIN READ ONLY;\n"
              + ";\n".join([cycle] + statements) + ";\nCOMMIT;\n")
with open(f"{workdir}/explain.sql", "w", encoding="utf-8") as out:
    for name, sql in zip(["TALLIES", "SECTIONS", "REPORTS"], statements):
        sql = sql.replace(":year", year).replace(":today", f"DATE '{today}'")
        out.write(f"\\echo == {name}\nEXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON)\n{sql};\n")
PY
if [ "${BENCH_EXPLAIN:-1}" != 0 ]; then
  psql_db -f "$workdir/explain.sql" >"$workdir/explain.txt"
  echo "EXPLAIN ANALYZE of the roll-up's statements (execution times; the plan of TALLIES below):"
  grep -E '^==|Execution Time' "$workdir/explain.txt" | paste - - | sed 's/^/  /'
  awk '/^== TALLIES/ {on=1; next} /^==/ {on=0} on' "$workdir/explain.txt" | grep -vE '^ *(Buffers|Planning|Execution|Sort Method|Memory Usage|Hash Buckets|Batches)' | head -40 | sed 's/^/    /'
fi

# "p50 p95 p99" in ms of a pgbench per-transaction log.
log_percentiles() {
  cat "$@" | awk '{print $3}' | sort -n | awk '{v[NR]=$1} END {
    n = NR; if (n < 1) { print "0 0 0"; exit }
    i50 = int(n * 0.50); if (i50 < 1) i50 = 1; i95 = int(n * 0.95); if (i95 < 1) i95 = 1; i99 = int(n * 0.99); if (i99 < 1) i99 = 1
    printf "%.2f %.2f %.2f", v[i50] / 1000, v[i95] / 1000, v[i99] / 1000 }'
}

# "tps p50 p95 p99 cpu" of pgbench running a script at N clients (cpu: PostgreSQL's CPU ms per transaction).
pgbench_figures() { # clients, script, then -D definitions
  local clients=$1 script=$2
  shift 2
  local threads=$((clients < 2 ? 1 : 2))
  local args=(-n -M prepared -c "$clients" -j "$threads" -h 127.0.0.1 -p "$db_port" -U "$db_user" -f "$script" "$@")
  pgbench "${args[@]}" -T "$pgbench_warmup" postgres >/dev/null 2>&1 || true
  rm -f "$workdir"/pgbench_log.*
  local out cpu_before
  cpu_before=$(pg_cpu_ms)
  if ! out=$(pgbench "${args[@]}" -T "$duration" -l --log-prefix="$workdir/pgbench_log" postgres 2>&1); then
    echo "pgbench failed: $(tail -5 <<<"$out")" >&2
    echo "0 0 0 0 n/a"
    return 0
  fi
  echo "$(awk '/^tps/ {printf "%.1f", $3}' <<<"$out") $(log_percentiles "$workdir"/pgbench_log.*) $(per_request "$cpu_before" \
    "$(pg_cpu_ms)" "$(cat "$workdir"/pgbench_log.* | wc -l)")"
}

# "requests/s mean p50 p95 p99 non2xx errors requests" of wrk: connections, seconds, url, then wrk arguments.
wrk_figures() {
  local clients=$1 seconds=$2 url=$3
  shift 3
  local threads=$((clients < 2 ? 1 : 2))
  wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 10s "$@" "$url" -- "$threads" \
    | awk '/^FIGURES/ {print $2, $3, $4, $5, $6, $7, $8, $9}'
}

# CPU milliseconds used so far by the embedded PostgreSQL: the postmaster, its live backends, and the
# backends that have exited (counted in the postmaster's children's time once it reaps them).
pg_cpu_ms() {
  local postmaster
  postmaster=$(ss -ltnp 2>/dev/null | grep ":$db_port " | grep -oP 'pid=\K[0-9]+' | head -1)
  [ -z "$postmaster" ] && { echo 0; return 0; }
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat"
    for child in $(pgrep -P "$postmaster"); do awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null; done
  } | awk -v hz="$(getconf CLK_TCK)" '{t += $1} END {printf "%d", t * 1000 / hz}'
}

per_request() { # CPU ms before, after, requests: CPU ms per request
  python3 -c "import sys; b, a, n = map(float, sys.argv[1:]); print(f'{(a - b) / n:.1f}' if n else 'n/a')" "$@"
}

ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.2f}' if b else 'n/a')" "$1" "$2"; }

# (a) the roll-up
rollup_url="$base/api/v1/planning-cycles/$year/progress"
status=$(curl -s -o "$workdir/progress.json" -w '%{http_code}' -H "Authorization: Bearer $admin" "$rollup_url")
echo "GET /api/v1/planning-cycles/$year/progress: HTTP $status, $(wc -c <"$workdir/progress.json") bytes, activities $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["activities"]["total"], "indicators", d["indicators"]["indicators"], "Q1 reports", d["reports"][0])' "$workdir/progress.json" 2>/dev/null || echo '?')"
wrk_figures "$rollup_connections" "$warmup" "$rollup_url" -H "Authorization: Bearer $admin" -s "$here/figures.lua" >/dev/null
jvm_before=$(cpu_ms "$pid")
pg_before=$(pg_cpu_ms)
read -r r_rps r_mean r_p50 r_p95 r_p99 r_non2xx r_errors r_requests <<<"$(wrk_figures "$rollup_connections" "$duration" "$rollup_url" \
  -H "Authorization: Bearer $admin" -s "$here/figures.lua")"
r_jvm=$(per_request "$jvm_before" "$(cpu_ms "$pid")" "$r_requests")
r_pg=$(per_request "$pg_before" "$(pg_cpu_ms)" "$r_requests")
read -r s_tps s_p50 s_p95 s_p99 s_pg <<<"$(pgbench_figures "$rollup_connections" "$workdir/rollup.sql" -D year="$year" -D today="$today")"
printf 'roll-up, %s connection(s): app %s req/s p50 %s ms p95 %s ms p99 %s ms (non-2xx %s, errors %s), CPU per request: JVM %s ms, PostgreSQL %s ms | pgbench %s tps p50 %s ms p95 %s ms p99 %s ms, PostgreSQL CPU %s ms | app p95 / SQL p95 %s (target <= 2), app p95 target <= 50 ms\n' \
  "$rollup_connections" "$r_rps" "$r_p50" "$r_p95" "$r_p99" "$r_non2xx" "$r_errors" "$r_jvm" "$r_pg" "$s_tps" "$s_p50" "$s_p95" "$s_p99" "$s_pg" "$(ratio "$r_p95" "$s_p95")"

# (b) the progress update
psql_db -c "SELECT 'activities = {' || string_agg(format('{id=\"%s\", indicators={%s}}', a.id,
    (SELECT string_agg(format('\"%s\"', i.id), ',' ORDER BY i.position) FROM annualplanning.indicator i WHERE i.activity_id = a.id)), ', ')
    || '}' FROM annualplanning.activity a WHERE a.cycle_year = $year AND a.owner = 'VAR'" >"$workdir/update.lua"
update_path="/api/v1/planning-cycles/$year/plans/VAR/quarters/$quarter/activities/"
echo "path = \"$update_path\"" >>"$workdir/update.lua"
cat "$here/progress-update.lua" "$here/figures.lua" >>"$workdir/update.lua"
reset_versions() {
  psql_db -c "UPDATE annualplanning.activity_progress SET version = 1 WHERE cycle_year = $year AND owner = 'VAR' AND quarter = $quarter"
}
probe_activity=$(psql_db -c "SELECT md5('$year-activity-VAR-1')::uuid")
probe=$(curl -s -o "$workdir/probe.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $secretary" \
  -H 'Content-Type: application/json' -H 'If-Match: "1"' \
  -d '{"status":"IN_PROGRESS","narrative":"probe","peopleReached":1,"evidence":[],"indicatorValues":[]}' "$base$update_path$probe_activity")
if [ "$probe" -ge 200 ] && [ "$probe" -lt 300 ]; then
  reset_versions
  wrk_figures "$connections" "$warmup" "$base$update_path" -H "Authorization: Bearer $secretary" -s "$workdir/update.lua" >/dev/null
  reset_versions
  jvm_before=$(cpu_ms "$pid")
  pg_before=$(pg_cpu_ms)
  read -r u_rps u_mean u_p50 u_p95 u_p99 u_non2xx u_errors u_requests <<<"$(wrk_figures "$connections" "$duration" "$base$update_path" \
    -H "Authorization: Bearer $secretary" -s "$workdir/update.lua")"
  u_jvm=$(per_request "$jvm_before" "$(cpu_ms "$pid")" "$u_requests")
  u_pg=$(per_request "$pg_before" "$(pg_cpu_ms)" "$u_requests")
else
  echo "PUT $update_path{id} answered HTTP $probe ($(head -c 200 "$workdir/probe.json")): the update endpoint is missing; only pgbench runs" >&2
  u_rps=0 u_mean=- u_p50=- u_p95=- u_p99=- u_non2xx=- u_errors=- u_jvm=- u_pg=-
fi
read -r p_tps p_p50 p_p95 p_p99 p_pg <<<"$(pgbench_figures "$connections" "$here/progress-update.sql" -D year="$year" \
  -D quarter="$quarter" -D activities="$activities")"
printf 'progress update, %s connections: app %s req/s p50 %s ms p95 %s ms p99 %s ms (non-2xx %s, errors %s), CPU per request: JVM %s ms, PostgreSQL %s ms | pgbench %s tps p50 %s ms p95 %s ms p99 %s ms, PostgreSQL CPU %s ms | app / pgbench %s (target >= 0.5), app p99 target <= 50 ms\n' \
  "$connections" "$u_rps" "$u_p50" "$u_p95" "$u_p99" "$u_non2xx" "$u_errors" "$u_jvm" "$u_pg" "$p_tps" "$p_p50" "$p_p95" "$p_p99" "$p_pg" "$(ratio "$u_rps" "$p_tps")"

echo
echo "| scenario (${duration} s after ${warmup} s warm-up; pgbench after ${pgbench_warmup} s) | app req/s | app p50 | app p95 | app p99 | CPU/req JVM + PostgreSQL | pgbench tps | pgbench p50 | pgbench p95 | pgbench p99 | PostgreSQL CPU/tx | ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
echo "| \`GET …/$year/progress\` ($rollup_connections conn.) | $r_rps | $r_p50 ms | $r_p95 ms | $r_p99 ms | $r_jvm + $r_pg ms | $s_tps | $s_p50 ms | $s_p95 ms | $s_p99 ms | $s_pg ms | p95 app / SQL $(ratio "$r_p95" "$s_p95") |"
echo "| \`PUT …/quarters/$quarter/activities/{id}\` ($connections conn.) | $u_rps | $u_p50 ms | $u_p95 ms | $u_p99 ms | $u_jvm + $u_pg ms | $p_tps | $p_p50 ms | $p_p95 ms | $p_p99 ms | $p_pg ms | throughput app / SQL $(ratio "$u_rps" "$p_tps") |"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
