#!/usr/bin/env bash
# How cost grows with data: the synthetic set at several scales (default 1, 10, 100), each with the curated set,
# served by a Release build of the service (embedded store) on 127.0.0.1.
#
#   benchmarks/scale/run.sh [--scales "1 10 100"] [--seconds 5] [scenario...]
#
# Per scale: generate (kg generate --scale N) into a temp seed root (curated/ linked, synthetic/ generated), start the
# service on it, measure the time from process start to /health/ready answering 200, the RSS from /proc once ready,
# and each scenario's latency with wrk on ONE connection (so p50/p99 are per-request latency, not queueing) after a
# warm-up. KG_API_BIN=DIR / KG_CLI_BIN=DIR use existing Release builds instead of publishing them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../load/lib.sh"

SCALES="1 10 100" SECONDS_PER=5 WARMUP=1 READY_TIMEOUT=300
SCENARIOS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scales) SCALES="$2"; shift 2 ;;
    --seconds) SECONDS_PER="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) SCENARIOS+=("$1"); shift ;;
  esac
done
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(simple-page flagship deep-nested neighborhood centrality)

API="http://127.0.0.1:${KG_API_PORT:-18090}"
KG_WORK="$(mktemp -d /tmp/kg-scale.XXXXXX)"
trap 'stop_all; rm -rf "$KG_WORK"' EXIT
ensure_tools
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

if [ -n "${KG_API_BIN:-}" ]; then ln -s "$KG_API_BIN" "$KG_WORK/api"
else publish "$KG_REPO/src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj" "$KG_WORK/api"; fi
if [ -n "${KG_CLI_BIN:-}" ]; then ln -s "$KG_CLI_BIN" "$KG_WORK/cli"
else publish "$KG_REPO/src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj" "$KG_WORK/cli"; fi

HEADER="| scale | nodes | relationships | generate s | seed CSV | SQLite file | first start to ready ms | restart to ready ms | RSS ready MiB | RSS after MiB |"
SEP="|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
declare -A ready_ms
for name in "${SCENARIOS[@]}"; do HEADER+=" $name p50 / p99 ms |"; SEP+="---:|"; done
ROWS=() NOTES=()

for scale in $SCALES; do
  root="$KG_WORK/seed-$scale"
  mkdir -p "$root"
  ln -s "$KG_REPO/graph-seed/curated" "$root/curated"
  log "scale $scale: generating"
  started=$(date +%s%N)
  timeout 600 dotnet "$KG_WORK/cli/kg.dll" generate --scale "$scale" --curated "$KG_REPO/graph-seed/curated" \
    --out "$root/synthetic" >"$KG_WORK/generate-$scale.log" 2>&1 || { cat "$KG_WORK/generate-$scale.log" >&2; exit 1; }
  generate_s=$(awk -v ns=$(( $(date +%s%N) - started )) 'BEGIN { printf "%.1f", ns / 1e9 }')
  disk=$(du -sh "$root/synthetic" | cut -f1)

  # First start: the durable embedded store builds its SQLite file from the seed; restart: it reads that file.
  data="$KG_WORK/data-$scale.db"
  for start in first restart; do
    log "scale $scale: $start start of the service"
    started=$(date +%s%N)
    # Debug logs of the start-up only (not of requests): the durable store times its phases (kept in the notes below).
    start_server "$KG_WORK/api-$scale-$start.log" "$KG_WORK/api" env "KnowledgeGraph__SeedDirectory=$root" \
      KnowledgeGraph__Store=embedded Logging__LogLevel__KnowledgeGraph.Api.Hosting.GraphStoreStartup=Debug $(service_environment "$data") \
      dotnet "$KG_WORK/api/KnowledgeGraph.Api.dll" --urls "$API"
    pid=$KG_LAST_PID
    wait_ready "$API/health/ready" "$pid" "$READY_TIMEOUT" || { tail -20 "$KG_WORK/api-$scale-$start.log" >&2; exit 1; }
    ready_ms[$start]=$(( ($(date +%s%N) - started) / 1000000 ))
    phases=$(grep -hoE '(Seeding|Loading) phases: [^.]*' "$KG_WORK/api-$scale-$start.log" | head -1) || true
    [ -z "$phases" ] || NOTES+=("${scale}x $start start — $phases")
    [ $start = restart ] || stop_server "$pid"
  done
  rss_ready=$(rss_mib "$pid")
  counts=$(cat "$KG_WORK/api-$scale-"*.log | grep -o '[0-9]* nodes, [0-9]* relationships' | head -1 | tr -d ',' | cut -d' ' -f1,3)
  read -r nodes rels <<<"${counts:-? ?}"
  data_size=$(du -sh "$data" | cut -f1)

  row="| ${scale}x | $nodes | $rels | $generate_s | $disk | $data_size | ${ready_ms[first]} | ${ready_ms[restart]} | $rss_ready |"
  cells=""
  for name in "${SCENARIOS[@]}"; do
    field=$(required_field "$name")
    if [ -n "$field" ] && ! has_root_field "$API/graphql" "$field"; then
      cells+=" n/a |"; NOTES+=("$name ${scale}x: the API has no root field \`$field\` yet"); continue
    fi
    body=$(body_file "$name" "$KG_WORK")
    status=$(post "$API/graphql" "$body" "$name" "$KG_WORK/answer.json")
    if [ "$status" != 200 ] || jq -e 'has("errors")' "$KG_WORK/answer.json" >/dev/null; then
      cells+=" error |"; NOTES+=("$name ${scale}x: HTTP $status $(jq -c '.errors[0].message' "$KG_WORK/answer.json" 2>/dev/null)"); continue
    fi
    log "scale $scale: $name (${WARMUP}s warm-up, ${SECONDS_PER}s on one connection)"
    run_wrk "$API/graphql" "$name" "$body" "$WARMUP" 1 >/dev/null
    read -r _ p50 p99 _ bad errs <<<"$(run_wrk "$API/graphql" "$name" "$body" "$SECONDS_PER" 1)"
    cells+=" $(ms "$p50") / $(ms "$p99") |"
    [ $((bad + errs)) -eq 0 ] || NOTES+=("$name ${scale}x: $bad non-2xx, $errs socket errors")
  done
  ROWS+=("$row $(rss_mib "$pid") |$cells")
  stop_server "$pid"
done

DATE=$(date +%F)
mkdir -p "$KG_REPO/benchmarks/results"
OUT="$KG_REPO/benchmarks/results/$DATE-scale.md"
{
  echo "# Scale, embedded store — $(date '+%F %H:%M')"
  echo
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), load average before the run: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Start-up: process start to /health/ready = 200. First start: seed CSV load, SQLite file written, index build; restart: the same data read from the SQLite file. RSS from /proc after the restart, once ready and after the scenarios."
  echo "Latency: wrk, 1 connection, ${WARMUP} s warm-up then ${SECONDS_PER} s per scenario; service and wrk at nice $KG_NICE."
  echo
  echo "$HEADER"
  echo "$SEP"
  printf '%s\n' "${ROWS[@]}"
  [ ${#NOTES[@]} -eq 0 ] || { echo; printf -- '- %s\n' "${NOTES[@]}" | sort -u; }
} | tee "$OUT"
log "written to ${OUT#"$KG_REPO/"}"
