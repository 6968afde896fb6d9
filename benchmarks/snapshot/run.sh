#!/usr/bin/env bash
# The analytics snapshot at several scales on a PRIVATE Neo4j 3.1.1 (tools/neo4j/private.sh) against the same data in the
# embedded store; the former one-statement read alongside. Prints one Markdown row per scale.
#   benchmarks/snapshot/run.sh [--scales "1 10 100"] [--runs 3] [--load bulk|bolt] [--old-timeout 120]
# Per scale: kg generate --scale N (synthetic set, with the curated one), a fresh empty database (the private Neo4j
# stopped, its graph.db removed, started with a heap and page cache for 100x), load it (bulk by default), time.
# Env: KG_SNAPSHOT_NEO4J_DIR (default /tmp/kg-snapshot-neo4j), KG_SNAPSHOT_BOLT_PORT (27687), KG_SNAPSHOT_HTTP_PORT
# (27474), KG_SNAPSHOT_HEAP (4g), KG_SNAPSHOT_PAGECACHE (2g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; repo="$(cd "$here/../.." && pwd)"
SCALES="1 10"; PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scales) SCALES="$2"; shift 2 ;;
    *) PASS+=("$1"); shift ;;
  esac
done
dir="${KG_SNAPSHOT_NEO4J_DIR:-/tmp/kg-snapshot-neo4j}"; bolt="${KG_SNAPSHOT_BOLT_PORT:-27687}"; http="${KG_SNAPSHOT_HTTP_PORT:-27474}"
private() { "$repo/tools/neo4j/private.sh" "$1" "$dir" "$bolt" "$http"; }
fresh_database() {
  private stop
  rm -rf "$dir/neo4j/data/databases/graph.db"
  sed -i -e "s/^dbms.memory.heap.max_size=.*/dbms.memory.heap.max_size=${KG_SNAPSHOT_HEAP:-4g}/" \
         -e "s/^dbms.memory.pagecache.size=.*/dbms.memory.pagecache.size=${KG_SNAPSHOT_PAGECACHE:-2g}/" "$dir/neo4j/conf/neo4j.conf"
  private start
}
private start >/dev/null # creates the private home on first use
work="$(mktemp -d /tmp/kg-snapshot-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build "$repo/src/KnowledgeGraph.Cli" -c Release -nologo -clp:ErrorsOnly -v q >/dev/null
dotnet build "$here" -c Release -nologo -clp:ErrorsOnly -v q >/dev/null
for scale in $SCALES; do
  root="$work/seed-$scale"; mkdir -p "$root"; ln -s "$repo/graph-seed/curated" "$root/curated"
  dotnet "$repo/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll" generate --scale "$scale" \
    --curated "$repo/graph-seed/curated" --out "$root/synthetic" >"$work/generate-$scale.log" 2>&1 \
    || { cat "$work/generate-$scale.log" >&2; exit 1; }
  uri="$(fresh_database)"
  echo "## ${scale}x ($(date -u +%FT%TZ))"
  dotnet "$here/bin/Release/net10.0/KnowledgeGraph.Benchmarks.Snapshot.dll" "$root" "$uri" "${PASS[@]}"
done
