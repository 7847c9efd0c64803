#!/usr/bin/env bash
# Cost of authentication: GET /api/v1/me under HTTP Basic (cached and uncached bcrypt), a bearer
# token and an integrator API key. Needs the built exec jar and wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
jar=$(ls app/target/coordina-app-*-exec.jar)
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

workdir=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$workdir"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start() { # start with extra arguments, wait until healthy and the demo integrator exists
  port=$(free_port)
  base="http://127.0.0.1:$port"
  (cd "$workdir" && exec java -jar "$OLDPWD/$jar" --server.port="$port" --logging.level.root=WARN "$@" >>"$workdir/app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 180); do
    curl -fsS -u integrator:demo "$base/api/v1/me" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the application did not start" >&2; tail -50 "$workdir/app.log" >&2; exit 1
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

load() { # name, then curl-style header
  local name=$1 header=$2
  wrk -t2 -c8 -d2s -H "$header" "$base/api/v1/me" >/dev/null # warm-up
  echo "== $name"
  wrk -t2 -c8 -d"${duration}s" --latency -H "$header" "$base/api/v1/me" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
}

basic="Authorization: Basic $(printf 'national.admin:demo' | base64)"

start --coordina.security.basic-cache.maximum-size=0
load "HTTP Basic, no verification cache (bcrypt on every request)" "$basic"
stop

start
load "HTTP Basic, verification cache on (the default)" "$basic"
token=$(curl -fsS -u national.admin:demo -X POST "$base/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
load "Bearer token" "Authorization: Bearer $token"
etag=$(curl -fsS -D - -o /dev/null -u national.admin:demo "$base/api/v1/users/integrator" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
key=$(curl -fsS -u national.admin:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "$base/api/v1/users/integrator/api-keys" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("key") or d.get("apiKey") or d.get("secret"))')
load "Integrator API key" "X-API-Key: $key"
stop
