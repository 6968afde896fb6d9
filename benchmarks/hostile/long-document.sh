#!/usr/bin/env bash
# One anonymous POST per size of a one-line document with a syntax error at its end, timed against the service in
# Production (issue 13: GraphQLParser's error message costs time quadratic in the error's column). Two shapes: one long
# string literal (refused before lexing when over 4,096 characters: MAX_UNBROKEN_TEXT_EXCEEDED) and 40-character names
# (within the token budget: a SYNTAX_ERROR at the end of the line).
# Usage: benchmarks/hostile/long-document.sh [service.dll]   (default: the Release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'if [[ -n "${pid:-}" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
service=${1:-src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll}
[[ -n "${1:-}" ]] || dotnet build src/KnowledgeGraph.Api -c Release -nologo -clp:ErrorsOnly >/dev/null
source benchmarks/hostile/service.sh
url=$(free_url)
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" KnowledgeGraph__DataFile="$work/kg.db" \
  dotnet "$service" >"$work/server.log" 2>&1 &
pid=$!
wait_ready "$url" "$pid" "$work/server.log"
curl -fsS -H 'Content-Type: application/json' -d '{"query":"{ a( "}' "$url/graphql" >/dev/null 2>&1 || true # warm-up
for size in 20000 50000 100000 200000; do
  for shape in string names; do
    python3 - "$size" "$shape" >"$work/body.json" <<'PY'
import json, sys
size, shape = int(sys.argv[1]), sys.argv[2]
query = '{ search(text: "' + 'a' * size + '") ' if shape == "string" else '{ search(text: "x") { score ' + ('a' * 40 + ' ') * (size // 41) + '('
print(json.dumps({"query": query}))
PY
    result=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' --data-binary @"$work/body.json" "$url/graphql")
    code=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["errors"][0]["extensions"]["code"])' "$work/answer.json" 2>/dev/null || echo "?")
    echo "$size characters, $shape: HTTP ${result% *} $code in ${result#* } s"
  done
done
