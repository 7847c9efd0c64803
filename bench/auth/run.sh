#!/usr/bin/env bash
# Cost of authentication: GET /api/v1/me under HTTP Basic (cached and uncached bcrypt), a bearer
# token and an integrator API key, 8 connections. Shares bench/lib.sh with bench/run.sh, which
# runs it last.
#
#   bench/auth/run.sh [seconds per measurement, default 15]
set -euo pipefail
# shellcheck source=../lib.sh
source "$(dirname "$0")/../lib.sh"

duration=${1:-15}
require_tools wrk curl python3
bench_jar >/dev/null

workdir=$(mktemp -d)
pid=""
trap 'app_stop; rm -rf "$workdir"' EXIT

load() { # label, then the header that signs in
  local label=$1 header=$2
  wrk_figures 8 2 "$base/api/v1/me" -H "$header" >/dev/null # warm-up
  read -r rps _ p50 p99 non2xx errors _ <<<"$(wrk_figures 8 "$duration" "$base/api/v1/me" -H "$header")"
  echo "| $label | $rps | $p50 ms | $p99 ms | $non2xx / $errors |"
}

basic="Authorization: Basic $(printf 'national.admin:demo' | base64)"

echo "| sign-in (GET /api/v1/me, 8 connections, ${duration} s) | requests/s | p50 | p99 | non-2xx / errors |"
echo "|---|---|---|---|---|"
app_start --coordina.security.basic-cache.maximum-size=0
wait_for_login integrator
load "HTTP Basic, bcrypt on every request (cache off)" "$basic"
app_stop

app_start
wait_for_login integrator
load "HTTP Basic, verification cache on (default)" "$basic"
load "bearer token" "Authorization: Bearer $(bearer_token national.admin)"
key=$(curl -fsS -u national.admin:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "$base/api/v1/users/integrator/api-keys" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("key") or d.get("apiKey") or d.get("secret"))')
load "integrator API key" "X-API-Key: $key"
