#!/usr/bin/env bash
# Starts a throw-away Redis on 127.0.0.1:16379 (no persistence), installing redis-server from apt if missing.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT=16379
RUN_DIR="$REPO_ROOT/.tools/redis"
mkdir -p "$RUN_DIR"

if ! command -v redis-server >/dev/null; then
  echo "Installing redis-server with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
fi

if redis-cli -p "$PORT" ping 2>/dev/null | grep -q PONG; then
  echo "Redis already running: 127.0.0.1:$PORT"
  exit 0
fi

redis-server --port "$PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$RUN_DIR/redis.pid" --logfile "$RUN_DIR/redis.log" --dir "$RUN_DIR"
for _ in $(seq 1 50); do
  if redis-cli -p "$PORT" ping 2>/dev/null | grep -q PONG; then
    echo "127.0.0.1:$PORT"
    exit 0
  fi
  sleep 0.1
done
echo "redis start: no PONG after 5 s; see $RUN_DIR/redis.log" >&2
exit 1
