#!/usr/bin/env bash
# A/B comparison of two builds on a machine whose load changes (other builds, other benchmarks):
# starts both jars side by side, each on its own embedded database, and loads them in turns, A B A B…,
# so that both see the same background load; prints requests/s, p99 and the JVM's CPU per request of
# every round and their medians.
#
#   bench/compare.sh A.jar B.jar [path, default /api/v1/commissions] [rounds, default 5] [seconds, default 10]
#
# BENCH_JAVA_OPTS_A / BENCH_JAVA_OPTS_B: JVM options per side (default: BENCH_JAVA_OPTS).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

jar_a=$1 jar_b=$2
path=${3:-/api/v1/commissions}
rounds=${4:-5}
seconds=${5:-10}
connections=${BENCH_CONNECTIONS:-32}
require_tools wrk curl python3

root=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$root"' EXIT

declare -A base_of pid_of token_of
for side in A B; do
  workdir=$root/$side
  mkdir -p "$workdir"
  if [ $side = A ]; then export BENCH_JAR=$jar_a; opts=${BENCH_JAVA_OPTS_A:-$BENCH_JAVA_OPTS}; else export BENCH_JAR=$jar_b; opts=${BENCH_JAVA_OPTS_B:-$BENCH_JAVA_OPTS}; fi
  saved=$BENCH_JAVA_OPTS
  BENCH_JAVA_OPTS=$opts
  app_start
  BENCH_JAVA_OPTS=$saved
  pids+=("$pid")
  wait_for_login secretary.var
  echo "$side: $(basename "$BENCH_JAR") ${opts:-(no JVM options)}: healthy after $started_in s (JVM CPU $((started_cpu / 1000)) s), RSS $(rss_mb "$pid") MB"
  base_of[$side]=$base pid_of[$side]=$pid token_of[$side]=$(bearer_token national.admin)
done
workdir=$root

for side in A B; do # warm-up
  wrk_figures "$connections" "$seconds" "${base_of[$side]}$path" -H "Authorization: Bearer ${token_of[$side]}" >/dev/null
done
for round in $(seq 1 "$rounds"); do
  for side in A B; do
    before=$(cpu_ms "${pid_of[$side]}")
    read -r rps _ _ p99 non2xx errors requests <<<"$(wrk_figures "$connections" "$seconds" "${base_of[$side]}$path" \
      -H "Authorization: Bearer ${token_of[$side]}")"
    cpu=$(python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / max(int(sys.argv[3]), 1):.2f}')" \
      "$before" "$(cpu_ms "${pid_of[$side]}")" "$requests")
    echo "round $round $side: $rps req/s, p99 $p99 ms, CPU $cpu ms/req, RSS $(rss_mb "${pid_of[$side]}") MB (non-2xx $non2xx, errors $errors)"
    echo "$side $rps $p99 $cpu" >>"$root/rounds"
  done
done
echo "medians of $rounds rounds, $path, $connections connections, $seconds s each:"
for side in A B; do
  awk -v s=$side '$1 == s' "$root/rounds" | python3 -c '
import statistics, sys
rows = [line.split() for line in sys.stdin]
m = lambda i: statistics.median(float(r[i]) for r in rows)
print(f"  {rows[0][0]}: {m(1):.1f} req/s, p99 {m(2):.1f} ms, CPU {m(3):.2f} ms/req")'
done
