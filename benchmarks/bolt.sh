#!/usr/bin/env bash
# Compares KnowledgeGraph.Bolt with the official JavaScript driver 1.7 against the running test Neo4j
# (tools/neo4j/start.sh): RETURN 1 per second (one connection; 8 concurrent workers) and the time to stream
# 100,000 rows. Both sides: warm-up, then the median of BENCH_ROUNDS rounds (default 5).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root/benchmarks/bolt-js" && { [[ -d node_modules/neo4j-driver ]] || npm ci --no-audit --no-fund >/dev/null; })
dotnet build -c Release "$root/benchmarks/KnowledgeGraph.Bolt.Benchmarks/KnowledgeGraph.Bolt.Benchmarks.csproj" >/dev/null
ours="$(dotnet "$root/benchmarks/KnowledgeGraph.Bolt.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Bolt.Benchmarks.dll")"
js="$(node "$root/benchmarks/bolt-js/bench.js")"
node -e '
const [ours, js] = process.argv.slice(1).map(JSON.parse)
const rows = [
  ["RETURN 1, one connection (queries/s)", "return1_qps", false],
  ["RETURN 1, 8 workers, pool of 8 (queries/s)", "return1_pool8_qps", false],
  ["stream 100,000 rows (ms, lower is better)", "stream_ms", true],
]
console.log("| measure | KnowledgeGraph.Bolt | neo4j-driver 1.7 (JS) | ours/js | ours better? |")
console.log("| --- | ---: | ---: | ---: | --- |")
for (const [label, key, lowerIsBetter] of rows) {
  const ratio = ours[key] / js[key]
  const better = lowerIsBetter ? ratio <= 1 : ratio >= 1
  console.log(`| ${label} | ${ours[key].toFixed(1)} | ${js[key].toFixed(1)} | ${ratio.toFixed(2)} | ${better ? "yes" : "no"} |`)
}' "$ours" "$js"
