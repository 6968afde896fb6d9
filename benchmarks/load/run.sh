#!/usr/bin/env bash
# HTTP load test of the GraphQL service against a static-bytes baseline, both Release builds on 127.0.0.1.
#
#   benchmarks/load/run.sh [--store embedded|neo4j] [--cache off|memory|redis] [--rounds 3] [--duration 5]
#                          [--warmup 2] [--connections 16] [scenario...]
#
# For each scenario (benchmarks/load/scenarios/*.graphql; the flagship is ui/graphiql/examples/flagship.graphql):
# capture the real answer once, then wrk (1 thread, N connections): a warm-up, then rounds alternating the service
# and KnowledgeGraph.Benchmarks.Baseline serving the captured bytes; medians. Prints a table, writes benchmarks/results/.
# neo4j: start it first (tools/neo4j/start.sh) and seed it (kg seed, or KG_SEED_ON_START=true); the server of
# tools/neo4j/env.sh is used unless KG_NEO4J_URI/KG_NEO4J_USER/KG_NEO4J_PASSWORD say otherwise. KG_API_BIN=DIR uses an existing Release build of the service instead of publishing one.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STORE=embedded DURATION=5 ROUNDS=3 WARMUP=2 CONNECTIONS=16
SCENARIOS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --store) STORE="$2"; shift 2 ;;
    --cache) KG_CACHE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) SCENARIOS+=("$1"); shift ;;
  esac
done
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(simple-page flagship deep-nested neighborhood centrality)
case "$STORE" in embedded|neo4j) ;; *) echo "--store embedded|neo4j" >&2; exit 2 ;; esac

API_PORT=${KG_API_PORT:-18080} BASE_PORT=${KG_BASELINE_PORT:-18081}
API="http://127.0.0.1:$API_PORT" BASE="http://127.0.0.1:$BASE_PORT"
KG_WORK="$(mktemp -d /tmp/kg-load.XXXXXX)"
trap 'stop_all; rm -rf "$KG_WORK"' EXIT
ensure_tools
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

if [ -n "${KG_API_BIN:-}" ]; then ln -s "$KG_API_BIN" "$KG_WORK/api"; log "service binaries: $KG_API_BIN (KG_API_BIN)"
else publish "$KG_REPO/src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj" "$KG_WORK/api"; fi
publish "$KG_REPO/benchmarks/KnowledgeGraph.Benchmarks.Baseline/KnowledgeGraph.Benchmarks.Baseline.csproj" "$KG_WORK/baseline"

store_environment() {
  echo "KnowledgeGraph__SeedDirectory=${KG_SEED_DIRECTORY:-$KG_REPO/graph-seed}" "KnowledgeGraph__Store=$STORE" \
       $(service_environment "$KG_WORK/knowledgegraph.db")
  if [ "$STORE" = neo4j ]; then
    source "$KG_REPO/tools/neo4j/env.sh"
    # KG_NEO4J_URI/USER/PASSWORD point at another server (e.g. a private copy, to leave the test server alone);
    # KG_SEED_ON_START=true lets the service load the seed into it before listening (idempotent MERGE).
    echo "KnowledgeGraph__Neo4j__Uri=${KG_NEO4J_URI:-$NEO4J_BOLT_URI}" "KnowledgeGraph__Neo4j__User=${KG_NEO4J_USER:-$NEO4J_USER}" \
         "KnowledgeGraph__Neo4j__Password=${KG_NEO4J_PASSWORD:-$NEO4J_PASSWORD}" "KnowledgeGraph__SeedOnStart=${KG_SEED_ON_START:-false}"
  fi
}

log "starting the service (store: $STORE, cache: ${KG_CACHE:-Off}) on $API"
# shellcheck disable=SC2046
start_server "$KG_WORK/api.log" "$KG_WORK/api" env $(store_environment) \
  dotnet "$KG_WORK/api/KnowledgeGraph.Api.dll" --urls "$API"
api_pid=$KG_LAST_PID
wait_ready "$API/health/ready" "$api_pid" "$([ "$STORE" = neo4j ] && echo 900 || echo 180)" || { tail -20 "$KG_WORK/api.log" >&2; exit 1; }

# Capture each scenario's real answer; skip (with the reason) what the service cannot answer.
mkdir -p "$KG_WORK/responses"
RUN=() NOTES=()
for name in "${SCENARIOS[@]}"; do
  [ -f "$(scenario_file "$name")" ] || { NOTES+=("$name: no such scenario file"); continue; }
  field=$(required_field "$name")
  if [ -n "$field" ] && ! has_root_field "$API/graphql" "$field"; then
    NOTES+=("$name: skipped, the API has no root field \`$field\` yet (introspection)"); continue
  fi
  body=$(body_file "$name" "$KG_WORK")
  status=$(post "$API/graphql" "$body" "$name" "$KG_WORK/responses/$name.json")
  if [ "$status" != 200 ] || jq -e 'has("errors")' "$KG_WORK/responses/$name.json" >/dev/null; then
    NOTES+=("$name: skipped, HTTP $status, $(jq -c '.errors[0] | {message, code: .extensions.code}' "$KG_WORK/responses/$name.json" 2>/dev/null)")
    rm -f "$KG_WORK/responses/$name.json"; continue
  fi
  RUN+=("$name")
done
[ ${#RUN[@]} -gt 0 ] || { printf '%s\n' "${NOTES[@]}" >&2; exit 1; }

log "starting the baseline on $BASE"
start_server "$KG_WORK/baseline.log" "$KG_WORK/baseline" dotnet "$KG_WORK/baseline/KnowledgeGraph.Benchmarks.Baseline.dll" \
  --urls "$BASE" --Baseline:ResponsesDirectory "$KG_WORK/responses" --Logging:LogLevel:Default=Warning
base_pid=$KG_LAST_PID
wait_ready "$BASE/health/ready" "$base_pid" 60 || { tail -20 "$KG_WORK/baseline.log" >&2; exit 1; }

# Rounds alternate service and baseline so that a change in the machine's background load hits both; each figure
# is the median over the rounds, the ratio the median of the per-round ratios.
median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ROWS=()
for name in "${RUN[@]}"; do
  body="$KG_WORK/$name.body.json"
  bytes=$(stat -c %s "$KG_WORK/responses/$name.json")
  declare -A col=([a_rps]="" [a_p50]="" [a_p99]="" [b_rps]="" [b_p50]="" [b_p99]="" [ratio]="")
  a_fail=0 b_fail=0
  log "$name: warm-up ${WARMUP}s each, then $ROUNDS rounds of ${DURATION}s per server, $CONNECTIONS connections"
  run_wrk "$API/graphql" "$name" "$body" "$WARMUP" "$CONNECTIONS" >/dev/null
  run_wrk "$BASE/graphql" "$name" "$body" "$WARMUP" "$CONNECTIONS" >/dev/null
  for _ in $(seq "$ROUNDS"); do
    read -r a_rps a_p50 a_p99 _ a_bad a_err <<<"$(run_wrk "$API/graphql" "$name" "$body" "$DURATION" "$CONNECTIONS")"
    read -r b_rps b_p50 b_p99 _ b_bad b_err <<<"$(run_wrk "$BASE/graphql" "$name" "$body" "$DURATION" "$CONNECTIONS")"
    for k in a_rps a_p50 a_p99 b_rps b_p50 b_p99; do col[$k]+="${!k} "; done
    col[ratio]+="$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN { print 100 * a / b }') "
    a_fail=$((a_fail + a_bad + a_err)) b_fail=$((b_fail + b_bad + b_err))
  done
  for k in "${!col[@]}"; do col[$k]=$(echo "${col[$k]% }" | median); done
  ratio=$(printf '**%.1f%%**' "${col[ratio]}")
  if [ $((a_fail + b_fail)) -gt 0 ]; then
    ratio="invalid"
    NOTES+=("$name: errors during the run (service $a_fail, baseline $b_fail non-2xx or socket errors); one request now: HTTP $(post "$API/graphql" "$body" "$name" "$KG_WORK/check.json") $(head -c 200 "$KG_WORK/check.json")")
  fi
  ROWS+=("| $name | $bytes | $(printf %.0f "${col[a_rps]}") | $(ms "${col[a_p50]}") | $(ms "${col[a_p99]}") | $(printf %.0f "${col[b_rps]}") | $(ms "${col[b_p50]}") | $(ms "${col[b_p99]}") | $ratio | $a_fail/$b_fail |")
  unset col
done

DATE=$(date +%F)
mkdir -p "$KG_REPO/benchmarks/results"
CACHE_MODE=${KG_CACHE:-Off}
OUT="$KG_REPO/benchmarks/results/$DATE-load$([ "$STORE" = embedded ] || echo "-$STORE")$([ "${CACHE_MODE,,}" = off ] || echo "-cache-${CACHE_MODE,,}").md"
{
  echo "# HTTP load, store \`$STORE\`, response cache \`${KG_CACHE:-Off}\` — $(date '+%F %H:%M')"
  echo
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), load average before the run: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "wrk: 1 thread, $CONNECTIONS connections, ${WARMUP} s warm-up, then $ROUNDS rounds of ${DURATION} s alternating service and baseline (medians; ratio = median of the per-round ratios); client and servers on the same 2 cores, at nice $KG_NICE."
  echo "Baseline: KnowledgeGraph.Benchmarks.Baseline returning the service's own captured answer for the scenario."
  echo
  echo "| scenario | response bytes | service req/s | p50 ms | p99 ms | baseline req/s | p50 ms | p99 ms | service / baseline | failed requests (svc/base) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Targets (issue 7): simple-page ≥ 40% of the baseline, flagship ≥ 25%."
  [ ${#NOTES[@]} -eq 0 ] || { echo; printf -- '- %s\n' "${NOTES[@]}"; }
} | tee "$OUT"
log "written to ${OUT#"$KG_REPO/"}"
