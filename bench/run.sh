#!/usr/bin/env bash
# The API's figures against the raw-SQL ceiling, in one run on one machine: start-up (first start
# with initdb, then a restart), RSS after start and under load, each scenario of issue 7 with wrk,
# and pgbench running the same statements against the same embedded PostgreSQL; then the ratios.
# Then bench/auth/run.sh (BENCH_AUTH=0 skips it).
#
#   bench/run.sh [seconds per measurement, default 20]
#
# Environment: BENCH_CONNECTIONS (32), BENCH_WARMUP (seconds of load before each measurement, 30:
# the JIT needs about that much before a read reaches its steady cost), BENCH_PGBENCH_WARMUP (5),
# BENCH_JAVA_OPTS (JVM options; unset: the README's, "" for none), BENCH_APP_ARGS (extra arguments),
# BENCH_DB_USER / BENCH_DB_PASSWORD (the embedded database's credentials, for pgbench and psql),
# BENCH_JFR_DIR (a directory: record JFR profiles of the start-ups and of every scenario there),
# BENCH_BUILD=1 (rebuild the jar even when it looks current), BENCH_AUTH=0.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

duration=${1:-20}
connections=${BENCH_CONNECTIONS:-32}
warmup=${BENCH_WARMUP:-30}
pgbench_warmup=${BENCH_PGBENCH_WARMUP:-5}
db_user=${BENCH_DB_USER:-postgres}
export PGPASSWORD=${BENCH_DB_PASSWORD:-}
jfr_dir=${BENCH_JFR_DIR:-}
[ -n "$jfr_dir" ] && mkdir -p "$jfr_dir" && jfr_dir=$(cd "$jfr_dir" && pwd)

require_tools wrk pgbench psql curl python3
jar=$(bench_jar)

workdir=$(mktemp -d)
pid=""
sampler=""
trap '[ -n "$sampler" ] && kill "$sampler" 2>/dev/null; app_stop; rm -rf "$workdir"' EXIT
db_port=$(free_port)
figures="$workdir/figures"

echo "# bench/run.sh $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "# jar: ${jar#"$bench_root"/}; JVM options: ${BENCH_JAVA_OPTS:-none}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

start_recorded() { # name: app_start with a JFR recording of the start-up when asked
  local saved=$BENCH_JAVA_OPTS
  [ -n "$jfr_dir" ] && BENCH_JAVA_OPTS="$BENCH_JAVA_OPTS -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=name=startup,settings=profile,filename=$jfr_dir/$1.jfr"
  app_start --coordina.embedded-db.port="$db_port"
  BENCH_JAVA_OPTS=$saved
  [ -n "$jfr_dir" ] && jcmd "$pid" JFR.stop name=startup >/dev/null
  return 0
}

start_recorded startup-first
# The embedded cluster's generated password (owner-only file in the data directory) unless one is given.
if [ -z "$PGPASSWORD" ] && [ -f "$workdir/data/postgres/coordina-password" ]; then
  PGPASSWORD=$(cat "$workdir/data/postgres/coordina-password")
  export PGPASSWORD
fi
first_start=$started_in
first_cpu=$started_cpu
wait_for_login secretary.var
app_stop
start_recorded startup-restart
restart=$started_in
restart_cpu=$started_cpu
wait_for_login secretary.var
sleep 5
rss_start=$(rss_mb "$pid")
echo "start to healthy: first start ${first_start} s (JVM CPU $((first_cpu / 1000)) s), restart ${restart} s (JVM CPU $((restart_cpu / 1000)) s); RSS after start ${rss_start} MB"

admin=$(bearer_token national.admin)
secretary=$(bearer_token secretary.var)
psql_db() { psql -X -q -At -h 127.0.0.1 -p "$db_port" -U "$db_user" -d postgres "$@"; }
commission_id=$(psql_db -c "SELECT id FROM regionalcommissions.commission WHERE code = 'VAR'")

(while kill -0 "$pid" 2>/dev/null; do rss_mb "$pid" >>"$workdir/rss" 2>/dev/null; echo >>"$workdir/rss"; sleep 1; done) &
sampler=$!

app_load() { # name, path, then more wrk arguments
  local name=$1 path=$2
  shift 2
  wrk_figures "$connections" "$warmup" "$base$path" "$@" >/dev/null
  [ -n "$jfr_dir" ] && jcmd "$pid" JFR.start name="$name" settings=profile duration="${duration}s" \
    filename="$jfr_dir/$name.jfr" >/dev/null
  local cpu_before figures
  cpu_before=$(cpu_ms "$pid")
  figures=$(wrk_figures "$connections" "$duration" "$base$path" "$@")
  # The JVM's CPU time per request: steadier than requests/s while other work shares the cores.
  echo "$figures $(python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / max(int(sys.argv[3]), 1):.2f}')" \
    "$cpu_before" "$(cpu_ms "$pid")" "$(awk '{print $7}' <<<"$figures")")"
}

# Prints "tps mean_ms p99_ms" of pgbench running the script at $connections clients.
pgbench_load() {
  local script=$bench_root/bench/pgbench/$1.sql
  local args=(-n -M prepared -c "$connections" -j 2 -h 127.0.0.1 -p "$db_port" -U "$db_user"
    -D commission_id="$commission_id" -f "$script")
  pgbench "${args[@]}" -T "$pgbench_warmup" postgres >/dev/null 2>&1
  rm -f "$workdir"/pgbench_log.*
  local out
  out=$(pgbench "${args[@]}" -T "$duration" -l --log-prefix="$workdir/pgbench_log" postgres 2>&1) \
    || { echo "pgbench failed: $out" >&2; exit 1; }
  local tps mean p99
  tps=$(awk '/^tps/ {printf "%.1f", $3}' <<<"$out")
  mean=$(awk '/^latency average/ {printf "%.2f", $4}' <<<"$out")
  p99=$(cat "$workdir"/pgbench_log.* | awk '{print $3}' | sort -n \
    | awk '{v[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; printf "%.2f", v[i]/1000}')
  echo "$tps $mean $p99"
}

scenario() { # name, label, pgbench script, path, then more wrk arguments
  local name=$1 label=$2 sql=$3 path=$4
  shift 4
  local app db
  app=$(app_load "$name" "$path" "$@")
  db=$(pgbench_load "$sql")
  echo "$label|$app|$db" >>"$figures"
  read -r rps mean p50 p99 non2xx errors _ cpu <<<"$app"
  read -r tps dbmean dbp99 <<<"$db"
  printf '%-46s app %7s req/s mean %7s ms p50 %7s ms p99 %7s ms CPU %5s ms/req (non-2xx %s, errors %s) | pgbench %7s tps mean %6s ms p99 %6s ms\n' \
    "$label" "$rps" "$mean" "$p50" "$p99" "$cpu" "$non2xx" "$errors" "$tps" "$dbmean" "$dbp99"
}

bearer_admin="Authorization: Bearer $admin"
# Reads first: the writes add members to VAR, which would change its member page.
scenario commissions "GET /api/v1/commissions (10 rows)" commissions-list /api/v1/commissions -H "$bearer_admin"
scenario members "GET /api/v1/commissions/VAR/members?size=20" members-list "/api/v1/commissions/VAR/members?size=20" -H "$bearer_admin"
scenario me "GET /api/v1/me" me /api/v1/me -H "$bearer_admin"
scenario health "GET /actuator/health (no authentication)" health /actuator/health
scenario add-member "POST /api/v1/commissions/VAR/members" member-add /api/v1/commissions/VAR/members \
  -H "Authorization: Bearer $secretary" -s "$bench_root/bench/wrk/add-member.lua"

kill "$sampler" 2>/dev/null || true
sampler=""
rss_load=$(sort -n "$workdir/rss" | tail -1)

echo
echo "| scenario ($connections connections, ${duration} s after ${warmup} s warm-up; pgbench after ${pgbench_warmup} s) | app req/s | app mean | app p99 | app CPU per request | pgbench tps | pgbench mean | pgbench p99 | app / pgbench |"
echo "|---|---|---|---|---|---|---|---|---|"
while IFS='|' read -r label app db; do
  read -r rps mean _ p99 non2xx errors _ cpu <<<"$app"
  read -r tps dbmean dbp99 <<<"$db"
  ratio=$(python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$rps" "$tps")
  note=""
  [ "$non2xx" != 0 ] || [ "$errors" != 0 ] && note=" ($non2xx non-2xx, $errors errors)"
  echo "| \`$label\`$note | $rps | $mean ms | $p99 ms | $cpu ms | $tps | $dbmean ms | $dbp99 ms | $ratio |"
done <"$figures"
echo "| start to healthy: first start (initdb) / restart | $first_start s / $restart s | | | JVM CPU $((first_cpu / 1000)) s / $((restart_cpu / 1000)) s | | | | |"
echo "| RSS of the JVM: after start / peak under the load above | $rss_start MB / $rss_load MB | | | | | | | |"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$jfr_dir" ] && echo "# JFR recordings in $jfr_dir (summarise with bench/jfr-top.py FILE)"

app_stop
if [ "${BENCH_AUTH:-1}" != 0 ]; then
  echo
  "$bench_root/bench/auth/run.sh" "$duration"
fi
