#!/usr/bin/env bash
# Installs the outside oracles of the network measures: Debian's networkx and igraph for /usr/bin/python3.
# Idempotent; the tests run them as /usr/bin/python3 (not a pyenv python3 that may come first on PATH).
set -euo pipefail
if /usr/bin/python3 -c 'import networkx, igraph' 2>/dev/null; then
  /usr/bin/python3 -c 'import networkx, igraph; print("networkx", networkx.__version__, "igraph", igraph.__version__)'
  exit 0
fi
echo "Installing python3-networkx and python3-igraph with apt-get ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Another apt-get (a parallel install) may hold the lock for a while: wait for it rather than fail.
apt-get install -y -qq -o DPkg::Lock::Timeout=300 python3-networkx python3-igraph >/dev/null
/usr/bin/python3 -c 'import networkx, igraph; print("networkx", networkx.__version__, "igraph", igraph.__version__)'
