# Helpers shared by the benchmarks (sourced, not run): the exec jar, starting and stopping it in a
# temporary directory, waiting until it is healthy, RSS, and wrk runs with machine-readable figures.
# Callers set `workdir` (a temporary directory) before calling app_start.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# JVM options: by default those of the README's run command (keep the two in step); set
# BENCH_JAVA_OPTS="" for none. Extra application arguments in BENCH_APP_ARGS.
readme_java_opts="-XX:+UseSerialGC -Xmx256m"
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS-$readme_java_opts}
BENCH_APP_ARGS=${BENCH_APP_ARGS:-}

require_tools() { # the tools a benchmark needs, installed from Debian when missing and possible
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local packages=()
  for tool in "${missing[@]}"; do
    case $tool in
      wrk) packages+=(wrk) ;;
      pgbench | psql) packages+=(postgresql-client) ;;
      *) packages+=("$tool") ;;
    esac
  done
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${packages[*]} (apt-get)" >&2
    apt-get install -y -q "${packages[@]}" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "${packages[@]}" >/dev/null; }
  fi
  for tool in "${missing[@]}"; do
    command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install ${packages[*]}" >&2; exit 1; }
  done
}

bench_jar() { # the exec jar (BENCH_JAR, or the build's, built first when missing or older than the sources)
  local jar
  if [ -n "${BENCH_JAR:-}" ]; then echo "$BENCH_JAR"; return 0; fi
  jar=$(ls "$bench_root"/app/target/coordina-app-*-exec.jar 2>/dev/null | head -1)
  if [ -z "$jar" ] || [ "${BENCH_BUILD:-0}" = 1 ] \
    || [ -n "$(find "$bench_root"/app/src "$bench_root"/modules/*/src/main "$bench_root"/db/src -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
    echo "building the jar (./mvnw -B -q -DskipTests package)" >&2
    (cd "$bench_root" && ./mvnw -B -q -DskipTests package >&2)
    jar=$(ls "$bench_root"/app/target/coordina-app-*-exec.jar | head -1)
  fi
  echo "$jar"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

now() { date +%s.%N; }

seconds_since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

# Starts the jar in $workdir with extra application arguments and waits for /actuator/health;
# sets pid, port, base, started_in (seconds from launch to healthy) and started_cpu (the JVM's
# CPU milliseconds until then: on a busy machine a steadier figure than the wall clock).
app_start() {
  port=$(free_port)
  base="http://127.0.0.1:$port"
  local jar t0
  jar=$(bench_jar)
  t0=$(now)
  # shellcheck disable=SC2086 # options are word lists on purpose
  (cd "$workdir" && exec java $BENCH_JAVA_OPTS -jar "$jar" --server.port="$port" --logging.level.root=WARN \
    $BENCH_APP_ARGS "$@" >>"$workdir/app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 3000); do
    if curl -fsS -o /dev/null "$base/actuator/health" 2>/dev/null; then
      started_in=$(seconds_since "$t0")
      started_cpu=$(cpu_ms "$pid")
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "the application did not start" >&2
  tail -50 "$workdir/app.log" >&2
  exit 1
}

app_stop() {
  if [ -n "${pid:-}" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}

wait_for_login() { # user: waits until the demo account exists (demo accounts follow the commissions' events)
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null -u "$1:demo" "$base/api/v1/me" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "the demo account $1 did not appear" >&2
  exit 1
}

bearer_token() { # user: a bearer token for the demo account
  curl -fsS -u "$1:demo" -X POST "$base/api/v1/auth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# CPU time the process has used, in milliseconds (user + system).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }

rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

# Runs wrk and prints one line "requests/s mean_ms p50_ms p99_ms non2xx errors requests".
# Arguments: connections, seconds, url, then more wrk arguments (-H ..., -s ...).
wrk_figures() {
  local connections=$1 seconds=$2 url=$3
  shift 3
  local script="$workdir/wrk-report.lua"
  cat "$bench_root/bench/wrk/report.lua" >"$script"
  local args=() extra=""
  while [ $# -gt 0 ]; do
    if [ "$1" = -s ]; then extra=$2; shift 2; else args+=("$1"); shift; fi
  done
  [ -n "$extra" ] && cat "$extra" >>"$script"
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s "${args[@]}" -s "$script" "$url" | awk '/^FIGURES/ {print $2, $3, $4, $5, $6, $7, $8}'
}
