#!/usr/bin/env bash
# Stops the test Neo4j if it runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [[ -x "$NEO4J_HOME/bin/neo4j" ]]; then
  "$NEO4J_HOME/bin/neo4j" stop >/dev/null || true
fi
