#!/usr/bin/env bash
# Installs Debian's docker-compose (the deploy tests run `docker-compose config` on docker-compose.yml;
# no Docker engine is needed for that) if it is missing.
set -euo pipefail
if command -v docker-compose >/dev/null 2>&1; then
  exit 0
fi
echo "Installing docker-compose with apt-get ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null
docker-compose version --short
