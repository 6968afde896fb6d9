#!/usr/bin/env bash
# The lane's turns from outside: starts the service (Production, its own data file, the rate limit off, the per-client
# running limit as shipped), then lane-turns.py: a researcher's analytics questions alone and while another client
# floods the lane with betweenness computations. The two clients differ by their source address (127.0.0.2 and
# 127.0.0.1), as two strangers do.
# Usage: benchmarks/hostile/lane-turns.sh [QUESTIONS=40] [FLOODERS=8]
# KG_LANE_SERVICE: the service's dll to run (default: the Release build), e.g. an older build to compare.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -n "${KG_LANE_SERVICE:-}" ]] || dotnet build src/KnowledgeGraph.Api -c Release -nologo -clp:ErrorsOnly >/dev/null
work=$(mktemp -d)
trap 'if [[ -n "${pid:-}" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
source benchmarks/hostile/service.sh
url=$(free_url)
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" KnowledgeGraph__DataFile="$work/kg.db" \
KnowledgeGraph__Limits__RateLimitPermits=0 \
  dotnet "${KG_LANE_SERVICE:-src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll}" >"$work/server.log" 2>&1 &
pid=$!
wait_ready "$url" "$pid" "$work/server.log"
python3 benchmarks/hostile/lane-turns.py "$url" "${1:-40}" "${2:-8}"
