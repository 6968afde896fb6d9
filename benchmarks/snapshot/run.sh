#!/usr/bin/env bash
# The analytics snapshot at several scales on a PRIVATE Neo4j 3.1.1 (tools/neo4j/private.sh) against the same data in the
# embedded store; the former one-statement read alongside. Prints one Markdown row per scale.
#   benchmarks/snapshot/run.sh [--scales "1 10"] [--runs 3] [--old-timeout 120]
# Per scale: kg generate --scale N (synthetic set, with the curated one), empty + seed the private Neo4j, time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; repo="$(cd "$here/../.." && pwd)"
SCALES="1 10"; PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scales) SCALES="$2"; shift 2 ;;
    *) PASS+=("$1"); shift ;;
  esac
done
uri="$("$repo/tools/neo4j/private.sh" start)"
work="$(mktemp -d /tmp/kg-snapshot-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/KnowledgeGraph.Cli" -c Release -nologo -clp:ErrorsOnly -v q >/dev/null
dotnet build "$here" -c Release -nologo -clp:ErrorsOnly -v q >/dev/null
for scale in $SCALES; do
  root="$work/seed-$scale"; mkdir -p "$root"; ln -s "$repo/graph-seed/curated" "$root/curated"
  dotnet "$repo/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll" generate --scale "$scale" \
    --curated "$repo/graph-seed/curated" --out "$root/synthetic" >"$work/generate-$scale.log" 2>&1 \
    || { cat "$work/generate-$scale.log" >&2; exit 1; }
  echo "## ${scale}x ($(date -u +%FT%TZ))"
  dotnet "$here/bin/Release/net10.0/KnowledgeGraph.Benchmarks.Snapshot.dll" "$root" "$uri" "${PASS[@]}"
done
