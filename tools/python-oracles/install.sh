#!/usr/bin/env bash
# Installs Debian's networkx and igraph for Debian's own Python (/usr/bin/python3): the export tests read the
# service's exports with them as outside oracles. Idempotent.
set -euo pipefail
if /usr/bin/python3 -c 'import networkx, igraph' 2>/dev/null; then
  exit 0
fi
echo "Installing python3-networkx and python3-igraph with apt-get ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq python3-networkx python3-igraph >/dev/null
/usr/bin/python3 -c 'import networkx, igraph; print("networkx", networkx.__version__, "igraph", igraph.__version__)'
