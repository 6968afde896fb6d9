#!/usr/bin/env bash
# Subscriptions benchmark: starts the service (Release build, its own graph file, no connection limit, an editor key),
# runs bench.mjs (graphql-ws subscribers in Node), prints the figures as JSON and stops the service.
# Usage: benchmarks/subscriptions/run.sh [subscribers=1000] [writes=200] [pacedWrites=100]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT="$(cd ../.. && pwd)"
[[ -d node_modules/graphql-ws ]] || npm ci --no-audit --no-fund --loglevel=error
DLL="${KG_API_BIN:-$ROOT/src/KnowledgeGraph.Api/bin/Release/net10.0}/KnowledgeGraph.Api.dll"
[[ -f "$DLL" ]] || dotnet build "$ROOT/src/KnowledgeGraph.Api" -c Release -nologo -clp:ErrorsOnly
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
KEY="benchmark-editor-key-0123456789"
HASH="$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)"
KnowledgeGraph__DataFile="$WORK/graph.db" \
KnowledgeGraph__Auth__ApiKeys__0__Name=benchmark KnowledgeGraph__Auth__ApiKeys__0__Hash="$HASH" KnowledgeGraph__Auth__ApiKeys__0__Roles__0=editor \
KnowledgeGraph__Subscriptions__MaxConnectionsPerClient=0 KnowledgeGraph__Limits__RateLimitPermits=0 KnowledgeGraph__Limits__MaxConcurrentRequestsPerClient=0 Logging__LogLevel__Default=Warning \
ASPNETCORE_URLS="http://127.0.0.1:$PORT" bash -c "cd '$ROOT' && exec dotnet '$DLL'" > "$WORK/api.log" 2>&1 &
API_PID=$!
trap 'kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null && break
  sleep 0.5
done
node bench.mjs "http://127.0.0.1:$PORT" "$KEY" "${1:-1000}" "${2:-200}" "${3:-100}"
