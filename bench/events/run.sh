#!/usr/bin/env bash
# The events benchmark of issue 12, in one run, side by side on fresh embedded PostgreSQLs:
#   (a) write throughput of an event-publishing endpoint, POST /api/v1/commissions (CommissionEstablished,
#       which five listeners receive), at 32 connections, with event publication as always (Kafka off), and
#       with externalization to a local one-node Kafka on;
#   (b) latency from commit to the listeners, to the HTTP feed and to Kafka (p50/p99) under those 32 writers:
#       to the listeners from the event publication registry (publication_date is taken just before the commit,
#       completion_date when the listener completed), to the feed from its table (recorded_at just before the
#       commit, sequenced_at when the event became readable; latency.sql), to Kafka from the topic itself: the
#       broker stamps each record with the time it appended it (LogAppendTime), KafkaTimes.java reads the
#       records' ce_id headers and timestamps, and kafka-latency.sql joins them with the feed's recorded_at on the
#       event id (broker timestamp − recorded_at), whatever sends the events to Kafka.
# Prints every figure against the issue's targets (publication ≥ 0.8 × …, commit → feed p99 ≤ 100 ms,
# commit → Kafka p99 ≤ 250 ms); never fails on a figure.
#
#   bench/events/run.sh [seconds per measurement, default 20]
#
# Each mode is measured twice: flat out (every writer sends its next request on the answer: throughput, and the
# latencies of a saturated machine, where every asynchronous path queues) and paced (the same writers pausing
# between requests, BENCH_RATE writes/s in all: the latencies at a rate the machine sustains).
#
# Environment: BENCH_CONNECTIONS (32), BENCH_WARMUP (seconds of load before each measurement, 10), BENCH_RATE (30), and those of
# bench/run.sh (BENCH_JAVA_OPTS, BENCH_APP_ARGS, BENCH_BUILD, BENCH_JAR). The broker is spring-kafka-test's
# embedded KRaft broker (EmbeddedKafka.java), resolved from Maven Central by the wrapper.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../lib.sh
source "$here/../lib.sh"

duration=${1:-20}
connections=${BENCH_CONNECTIONS:-32}
warmup=${BENCH_WARMUP:-10}
rate=${BENCH_RATE:-30}
db_user=postgres

require_tools wrk psql curl python3
jar=$(bench_jar)

root=$(mktemp -d)
pid=""
kafka_pid=""
kafka_mode=0
trap 'app_stop; [ -n "$kafka_pid" ] && kill "$kafka_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$root"' EXIT

echo "# bench/events/run.sh $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "# jar: ${jar#"$bench_root"/}; JVM options: ${BENCH_JAVA_OPTS:-none}; $connections connections, ${duration}s (+${warmup}s warm-up); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

psql_db() { psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U "$db_user" -d postgres "$@"; }

# How many sequenced feed events the Kafka relay has still to send: 0 without its cursor table or before its first
# run (the registry's Kafka externalizer had no cursor), and when Kafka is off.
relay_lag() {
  if [ "$kafka_mode" = 0 ] || [ "$(psql_db -c "SELECT to_regclass('integration.kafka_relay') IS NOT NULL")" != t ]; then
    echo 0
    return 0
  fi
  psql_db -c "SELECT coalesce((SELECT greatest((SELECT max(position) FROM integration.feed_event) - relay.position, 0)
    FROM integration.kafka_relay relay WHERE relay.channel = 'kafka'), 0)"
}

wait_quiet() { # until every publication is complete, every feed event sequenced and relayed to Kafka, at most 360 s
  for _ in $(seq 1 1800); do
    [ "$(psql_db -c "SELECT (SELECT count(*) FROM modulith.event_publication WHERE completion_date IS NULL)
      + (SELECT count(*) FROM integration.feed_event WHERE position IS NULL)")" = 0 ] && [ "$(relay_lag)" = 0 ] && return 0
    sleep 0.2
  done
  echo "# still busy after 360 s: $(psql_db -c "SELECT count(*) FROM modulith.event_publication WHERE completion_date IS NULL") incomplete publications, $(relay_lag) feed events not yet relayed to Kafka"
}

start_kafka() {
  mkdir -p "$root/kafka"
  cat >"$root/kafka/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>4.0.7</version></parent>
  <groupId>bench</groupId><artifactId>kafka</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.springframework.kafka</groupId><artifactId>spring-kafka-test</artifactId></dependency></dependencies>
</project>
POM
  (cd "$bench_root" && ./mvnw -B -q -f "$root/kafka/pom.xml" dependency:build-classpath -Dmdep.outputFile="$root/kafka/cp.txt" >&2)
  java -cp "$(cat "$root/kafka/cp.txt")" "$here/EmbeddedKafka.java" coordina.regionalcommissions.v1 \
    coordina.annualplanning.v1 coordina.meetings.v1 >"$root/kafka/kafka.log" 2>&1 &
  kafka_pid=$!
  for _ in $(seq 1 600); do
    if grep -q "KAFKA READY" "$root/kafka/kafka.log"; then
      kafka_servers=$(awk '/KAFKA READY/ {print $3}' "$root/kafka/kafka.log")
      return 0
    fi
    kill -0 "$kafka_pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "Kafka did not start" >&2
  tail -30 "$root/kafka/kafka.log" >&2
  exit 1
}

latencies() { # LABEL SINCE: the commit → delivery latencies of the events since SINCE (and to Kafka in its mode)
  {
    psql_db -v since="$2" -f "$here/latency.sql"
    [ "$kafka_mode" = 0 ] || kafka_latency "$2"
  } | while IFS='|' read -r path count p50 p99; do
    echo "  $1 $path: p50 ${p50:--} ms, p99 ${p99:--} ms ($count deliveries)"
  done
}

kafka_latency() { # SINCE: commit → Kafka from the topic's records (ce_id|broker timestamp), joined in PostgreSQL
  java -cp "$(cat "$root/kafka/cp.txt")" "$here/KafkaTimes.java" "$kafka_servers" coordina.regionalcommissions.v1 \
    2>"$root/kafka/times.log" >"$root/kafka/times.txt" || { echo "# KafkaTimes.java failed:" >&2; tail -20 "$root/kafka/times.log" >&2; }
  # The latencies hold only if the broker stamped the records (LogAppendTime); say so otherwise.
  grep '^KafkaTimes:' "$root/kafka/times.log" | grep -v ', 0 not stamped' >&2 || true
  psql_db -v since="$1" -c "CREATE TEMPORARY TABLE kafka_record (event_id text NOT NULL, appended_ms bigint NOT NULL)" \
    -c "\\copy kafka_record FROM pstdin WITH (FORMAT text, DELIMITER '|')" -f "$here/kafka-latency.sql" <"$root/kafka/times.txt"
}

ticks() { # CPU time (clock ticks) used so far by process $1, or by the whole machine without an argument
  if [ $# -eq 0 ]; then awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
  elif [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then awk '{print $14 + $15}' "/proc/$1/stat"
  else echo 0; fi
}

# cpu_share BEFORE AFTER: where the machine's CPU went between two `cpu_now` readings (app, broker, the rest)
cpu_now() { echo "$(ticks) $(ticks "$pid") $(ticks "$kafka_pid")"; }
cpu_share() {
  local hz
  hz=$(getconf CLK_TCK)
  read -r m0 a0 k0 <<<"$1"
  read -r m1 a1 k1 <<<"$2"
  python3 -c "m, a, k, hz = $((m1 - m0)), $((a1 - a0)), $((k1 - k0)), $hz
print(f'  CPU while writing: {m / hz:.1f} s busy of {$(nproc)} cores; application {a / hz:.1f} s, Kafka broker {k / hz:.1f} s, '
      f'the rest (PostgreSQL, wrk) {(m - a - k) / hz:.1f} s')"
}

# measure LABEL [application arguments…]: prints throughput flat out and the latencies, then the same at a steady rate
measure() {
  local label=$1
  shift
  kafka_mode=0
  [ "$label" = kafka ] && kafka_mode=1
  workdir=$(mktemp -d "$root/run.XXXX")
  db_port=$(free_port)
  app_start --coordina.embedded-db.port="$db_port" "$@"
  PGPASSWORD=$(cat "$workdir/data/postgres/coordina-password")
  export PGPASSWORD
  wait_for_login national.admin
  local token since figures
  token=$(bearer_token national.admin)
  wait_quiet
  export CODE_OFFSET=0
  wrk_figures "$connections" "$warmup" "$base/api/v1/commissions" -H "Authorization: Bearer $token" -s "$here/establish.lua" >/dev/null
  wait_quiet
  since=$(psql_db -c "SELECT now()")
  export CODE_OFFSET=8000
  local cpu_before cpu_after
  cpu_before=$(cpu_now)
  figures=$(wrk_figures "$connections" "$duration" "$base/api/v1/commissions" -H "Authorization: Bearer $token" -s "$here/establish.lua")
  cpu_after=$(cpu_now)
  wait_quiet
  read -r rps mean p50 p99 non2xx errors requests <<<"$figures"
  echo "$label: $rps writes/s flat out (mean $mean ms, p50 $p50 ms, p99 $p99 ms; $requests requests, $non2xx not 2xx, $errors errors)"
  eval "rps_$label=$rps"
  latencies "$label flat out" "$since"
  cpu_share "$cpu_before" "$cpu_after"
  # The same 32 writers, each pausing between requests: a steady rate the machine sustains (BENCH_RATE writes/s).
  since=$(psql_db -c "SELECT now()")
  export CODE_OFFSET=16000 PACE_MS=$((connections * 1000 / rate))
  figures=$(wrk_figures "$connections" "$duration" "$base/api/v1/commissions" -H "Authorization: Bearer $token" -s "$here/establish.lua")
  unset PACE_MS
  wait_quiet
  read -r rps mean p50 p99 non2xx errors requests <<<"$figures"
  echo "$label: $rps writes/s paced (mean $mean ms, p50 $p50 ms, p99 $p99 ms; $requests requests, $non2xx not 2xx, $errors errors)"
  latencies "$label paced" "$since"
  app_stop
}

measure publication
start_kafka
measure kafka --coordina.events.kafka.enabled=true --spring.kafka.bootstrap-servers="$kafka_servers"

python3 - "$rps_publication" "$rps_kafka" <<'PY'
import sys
publication, kafka = float(sys.argv[1]), float(sys.argv[2])
print(f"throughput with Kafka / with publication only: {kafka / publication:.2f} (target >= 0.8)")
PY
echo "# targets: commit->feed p99 <= 100 ms, commit->kafka p99 <= 250 ms (32 writers); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
