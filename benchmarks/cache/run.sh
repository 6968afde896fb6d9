#!/usr/bin/env bash
# Throughput and median latency of the flagship query through the real service, in one run, for three cache setups:
#   uncached (Cache:Mode=Off), cached in L1 (Mode=Memory), cached in L2 only (Mode=Redis with L1Ttl=0, a Redis of
#   this script's own). wrk against 127.0.0.1 only, each run bounded in time (DURATION, default 10s).
# Usage: benchmarks/cache/run.sh            (env: DURATION=10s CONNECTIONS=16 THREADS=2)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${DURATION:-10s}" CONNECTIONS="${CONNECTIONS:-16}" THREADS="${THREADS:-2}"
API_PORT="${API_PORT:-5391}" REDIS_PORT="${REDIS_PORT:-16391}"
WORK="$(mktemp -d)"
api_pid="" redis_pid=""

cleanup() {
  [[ -n "$api_pid" ]] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null || true
  [[ -n "$redis_pid" ]] && kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null || { echo "Installing $2 ..."; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need redis-server redis-server

echo "Building the API (Release) ..."
dotnet build "$ROOT/src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj" -c Release -nologo -clp:ErrorsOnly -o "$WORK/api" >/dev/null

python3 - "$ROOT/ui/graphiql/examples/flagship.graphql" > "$WORK/post.lua" <<'PY'
import json, sys
body = json.dumps({"query": open(sys.argv[1]).read()})
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = "application/json"')
print('wrk.body = ' + json.dumps(body))
PY

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$WORK/redis.log" 2>&1 &
redis_pid=$!

start_api() { # mode l1ttl
  KnowledgeGraph__SeedDirectory="$ROOT/graph-seed" \
  KnowledgeGraph__Cache__Mode="$1" KnowledgeGraph__Cache__L1Ttl="$2" \
  KnowledgeGraph__Cache__Redis="127.0.0.1:$REDIS_PORT" KnowledgeGraph__Cache__KeyPrefix="kg-bench-$RANDOM:" \
  KnowledgeGraph__Limits__RateLimitPermits=0 KnowledgeGraph__Limits__MaxConcurrentRequestsPerClient=0 Logging__LogLevel__Default=Warning \
    dotnet "$WORK/api/KnowledgeGraph.Api.dll" --urls "http://127.0.0.1:$API_PORT" >"$WORK/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS -m 1 -o /dev/null "http://127.0.0.1:$API_PORT/health/live" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "the API did not start; its log:" >&2; cat "$WORK/api.log" >&2; exit 1
}

stop_api() { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""; }

measure() { # label mode l1ttl
  start_api "$2" "$3"
  # Warm-up: JIT, and the answer in the cache.
  wrk -t1 -c2 -d2s -s "$WORK/post.lua" "http://127.0.0.1:$API_PORT/graphql" >/dev/null
  local out; out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/post.lua" "http://127.0.0.1:$API_PORT/graphql")"
  local rps p50 errors
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  errors="$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)"
  printf '%-34s %12s %12s  %s\n' "$1" "$rps" "$p50" "${errors:-no errors}"
  stop_api
}

echo
echo "flagship query, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, POST /graphql on 127.0.0.1"
printf '%-34s %12s %12s  %s\n' "setup" "requests/s" "median" "errors"
measure "uncached (Mode=Off)" Off 00:00:30
measure "L1 in-process (Mode=Memory)" Memory 00:05:00
measure "L2 Redis only (Mode=Redis, L1Ttl=0)" Redis 00:00:00
measure "L1 over L2 (Mode=Redis)" Redis 00:05:00
