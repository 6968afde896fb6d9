#!/usr/bin/env bash
# Starts (or stops) a PRIVATE Neo4j 3.1.1 (benchmarks, tests that must not touch the shared one): a copy of the test Neo4j's home (no data) with its
# own ports and data folder, so that loading 10x data or emptying it never disturbs the shared test Neo4j.
# Usage: private.sh start|stop [dir] [bolt-port] [http-port]    (defaults: /tmp/kg-snapshot-neo4j 27687 27474)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
action="${1:-start}"; dir="${2:-/tmp/kg-snapshot-neo4j}"; bolt="${3:-27687}"; http="${4:-27474}"
home="$dir/neo4j"
if [[ "$action" == stop ]]; then
  [[ -x "$home/bin/neo4j" ]] && NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$home/bin/neo4j" stop >/dev/null || true
  exit 0
fi
# The home to copy: NEO4J_TEST_HOME when set (as for the tests), else the repository's own install.
source_home="${NEO4J_TEST_HOME:-$NEO4J_HOME}"
[[ -n "${NEO4J_TEST_HOME:-}" || -f "$NEO4J_INSTALL_ROOT/.installed-$NEO4J_VERSION" ]] || "$NEO4J_TOOLS_DIR/install.sh"
if [[ ! -d "$home" ]]; then
  mkdir -p "$dir"
  mkdir -p "$home"
  for part in bin conf lib plugins certificates; do cp -a "$source_home/$part" "$home/"; done
  mkdir -p "$home/data/dbms" "$home/logs" "$home/run"
  cp "$source_home"/data/dbms/auth* "$home/data/dbms/" # the same user and password as the test Neo4j
  sed -i -e "s/^dbms.connector.bolt.listen_address=.*/dbms.connector.bolt.listen_address=127.0.0.1:$bolt/" \
         -e "s/^dbms.connector.http.listen_address=.*/dbms.connector.http.listen_address=127.0.0.1:$http/" \
         -e "s/^dbms.memory.heap.max_size=.*/dbms.memory.heap.max_size=2g/" \
         -e "s/^dbms.memory.pagecache.size=.*/dbms.memory.pagecache.size=1g/" "$home/conf/neo4j.conf"
fi
NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$home/bin/neo4j" status >/dev/null 2>&1 || NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$home/bin/neo4j" start >/dev/null
for _ in $(seq 1 120); do
  if curl -fsS -m 5 -u "$NEO4J_USER:$NEO4J_PASSWORD" -H 'Content-Type: application/json' \
      -d '{"statements":[{"statement":"RETURN 1 AS ok"}]}' "http://127.0.0.1:$http/db/data/transaction/commit" 2>/dev/null | grep -q '"row":\[1\]'; then
    echo "bolt://127.0.0.1:$bolt"; exit 0
  fi
  sleep 0.5
done
echo "private Neo4j not ready after 60 s: $home/logs" >&2; exit 1
