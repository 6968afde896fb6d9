#!/usr/bin/env bash
# Starts the test Neo4j in the background (installing it first if needed) and waits until Bolt
# accepts connections and an authenticated Cypher query over HTTP works. No-op if already running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

[[ -f "$NEO4J_INSTALL_ROOT/.installed-$NEO4J_VERSION" ]] || "$NEO4J_TOOLS_DIR/install.sh"

cypher_works() {
  curl -fsS -m 5 -u "$NEO4J_USER:$NEO4J_PASSWORD" -H 'Content-Type: application/json' \
    -d '{"statements":[{"statement":"RETURN 1 AS ok"}]}' \
    "$NEO4J_HTTP_URI/db/data/transaction/commit" 2>/dev/null | grep -q '"row":\[1\]'
}
bolt_open() { (exec 3<>"/dev/tcp/127.0.0.1/$NEO4J_BOLT_PORT") 2>/dev/null; }

if bolt_open && cypher_works; then
  echo "Neo4j already running: $NEO4J_BOLT_URI"
  exit 0
fi

"$NEO4J_HOME/bin/neo4j" start >/dev/null
for _ in $(seq 1 120); do
  if bolt_open && cypher_works; then
    echo "$NEO4J_BOLT_URI"
    exit 0
  fi
  sleep 0.5
done

echo "neo4j start: not ready after 60 s; last lines of $NEO4J_HOME/logs/debug.log:" >&2
tail -n 30 "$NEO4J_HOME/logs/debug.log" >&2 || true
exit 1
