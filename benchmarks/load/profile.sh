#!/usr/bin/env bash
# Where the service spends its CPU under load: dotnet-trace (cpu-sampling) while wrk drives one scenario, then the
# hottest frames by exclusive and inclusive samples.
#
#   benchmarks/load/profile.sh [scenario (default simple-page)] [seconds (default 10)]
#
# Installs dotnet-trace from NuGet into /tmp/kg-dotnet-tools if missing. KG_API_BIN=DIR as in run.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SCENARIO=${1:-simple-page} SECONDS_PER=${2:-10}
TOOLS=/tmp/kg-dotnet-tools
API="http://127.0.0.1:${KG_API_PORT:-18085}"
KG_WORK="$(mktemp -d /tmp/kg-profile.XXXXXX)"
trap 'stop_all; rm -rf "$KG_WORK"' EXIT
ensure_tools
[ -x "$TOOLS/dotnet-trace" ] || dotnet tool install --tool-path "$TOOLS" dotnet-trace >/dev/null

if [ -n "${KG_API_BIN:-}" ]; then ln -s "$KG_API_BIN" "$KG_WORK/api"
else publish "$KG_REPO/src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj" "$KG_WORK/api"; fi
start_server "$KG_WORK/api.log" "$KG_WORK/api" env "KnowledgeGraph__SeedDirectory=${KG_SEED_DIRECTORY:-$KG_REPO/graph-seed}" \
  $(service_environment "$KG_WORK/knowledgegraph.db") \
  dotnet "$KG_WORK/api/KnowledgeGraph.Api.dll" --urls "$API"
pid=$KG_LAST_PID
wait_ready "$API/health/ready" "$pid" 180 || { tail -20 "$KG_WORK/api.log" >&2; exit 1; }
body=$(body_file "$SCENARIO" "$KG_WORK")
run_wrk "$API/graphql" "$SCENARIO" "$body" 3 16 >/dev/null

log "tracing $SECONDS_PER s of $SCENARIO"
run_wrk "$API/graphql" "$SCENARIO" "$body" $((SECONDS_PER + 2)) 16 >"$KG_WORK/wrk.txt" &
wrk_pid=$!
"$TOOLS/dotnet-trace" collect -p "$pid" --profile dotnet-common,dotnet-sampled-thread-time --duration "00:00:00:$(printf %02d "$SECONDS_PER")" \
  --format speedscope -o "$KG_WORK/trace.nettrace" >/dev/null
wait "$wrk_pid"
echo "load during the trace (req/s p50_us p99_us requests non2xx errors): $(cat "$KG_WORK/wrk.txt")"
python3 "$(dirname "${BASH_SOURCE[0]}")/hot_frames.py" "$KG_WORK/trace.speedscope.json" "${KG_TOP:-40}"
cp "$KG_WORK/trace.speedscope.json" "/tmp/kg-$SCENARIO.speedscope.json" && log "trace kept: /tmp/kg-$SCENARIO.speedscope.json (open in speedscope.app)"
