#!/usr/bin/env bash
# An import of a large seed set through POST /import, end to end: the curated set plus the synthetic set at a scale
# (default 10), zipped and streamed by `kg import` into a Release build of the service that starts EMPTY (embedded
# store; an import must be whole, and the synthetic set links to curated nodes). Prints the time of `kg import`
# (pack + upload + unpack + validate + commit), the service's peak memory (VmHWM from /proc: the high-water mark of
# its resident set) before and after, and checks the counts over GraphQL.
#
#   benchmarks/imports/run.sh [--scale 10]
#
# KG_API_BIN=DIR / KG_CLI_BIN=DIR use existing Release builds instead of publishing them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../load/lib.sh"

SCALE=10 READY_TIMEOUT=300
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

API="http://127.0.0.1:${KG_API_PORT:-18095}"
KEY="bench-admin-key-0123456789"
KG_WORK="$(mktemp -d /tmp/kg-import-bench.XXXXXX)"
trap 'stop_all; rm -rf "$KG_WORK"' EXIT
command -v jq >/dev/null || apt-get install -y jq >/dev/null

if [ -n "${KG_API_BIN:-}" ]; then ln -s "$KG_API_BIN" "$KG_WORK/api"
else publish "$KG_REPO/src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj" "$KG_WORK/api"; fi
if [ -n "${KG_CLI_BIN:-}" ]; then ln -s "$KG_CLI_BIN" "$KG_WORK/cli"
else publish "$KG_REPO/src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj" "$KG_WORK/cli"; fi

# What is imported: curated + synthetic at the scale, as two sets of one archive.
import="$KG_WORK/import"
mkdir -p "$import"
cp -r "$KG_REPO/graph-seed/curated" "$import/curated"
log "generating the synthetic set at scale $SCALE"
dotnet "$KG_WORK/cli/kg.dll" generate --scale "$SCALE" --curated "$KG_REPO/graph-seed/curated" --out "$import/synthetic" >"$KG_WORK/generate.log"
csv_bytes=$(find "$import" -name '*.csv' -printf '%s\n' | awk '{ s += $1 } END { print s }')

# The service starts on empty sets.
mkdir -p "$KG_WORK/empty/curated" "$KG_WORK/empty/synthetic"
hash=$(dotnet "$KG_WORK/cli/kg.dll" hash-key "$KEY" | sed -n 's/^hash: //p')
start_server "$KG_WORK/api.log" "$KG_WORK/api" env $(service_environment "$KG_WORK/data.db") \
  "KnowledgeGraph__SeedDirectory=$KG_WORK/empty" "ASPNETCORE_URLS=$API" \
  "KnowledgeGraph__Auth__ApiKeys__0__Name=bench-admin" "KnowledgeGraph__Auth__ApiKeys__0__Hash=$hash" \
  "KnowledgeGraph__Auth__ApiKeys__0__Roles__0=admin" \
  dotnet KnowledgeGraph.Api.dll
pid=$KG_LAST_PID
wait_ready "$API/health/ready" "$pid" "$READY_TIMEOUT"
hwm() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
rss_before=$(rss_mib "$pid") hwm_before=$(hwm "$pid")

log "importing $(awk -v b="$csv_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MiB of CSV"
started=$(date +%s%N)
dotnet "$KG_WORK/cli/kg.dll" import "$import" --url "$API" --api-key "$KEY" | tee "$KG_WORK/import.log" >&2
import_s=$(awk -v ns=$(( $(date +%s%N) - started )) 'BEGIN { printf "%.1f", ns / 1e9 }')
rss_after=$(rss_mib "$pid") hwm_after=$(hwm "$pid")

counts=$(curl -s -X POST "$API/graphql" -H 'Content-Type: application/json' \
  --data '{"query":"{ actors { totalCount } alliances { totalCount } territories { totalCount } }"}' | jq -c .data)
zip_line=$(grep -m1 '^Packed' "$KG_WORK/import.log" || true)
echo
echo "| scale | CSV MiB | upload | nodes, relationships created | kg import s | server RSS before / after MiB | server peak RSS (VmHWM) before / after MiB |"
echo "|---:|---:|---|---|---:|---:|---:|"
printf '| %s | %s | %s | %s | %s | %s / %s | %s / %s |\n' "$SCALE" "$(awk -v b="$csv_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" \
  "$(sed -n 's/.* into \([0-9.]* MiB\).*/\1 zip/p' <<<"$zip_line")" \
  "$(sed -n 's/^Imported: \(.*\) created.*/\1/p' "$KG_WORK/import.log")" "$import_s" "$rss_before" "$rss_after" "$hwm_before" "$hwm_after"
echo
echo "Read back over GraphQL: $counts"
echo "Server log: $(grep -m1 'Import by' "$KG_WORK/api.log" || echo '(no import line)')"
