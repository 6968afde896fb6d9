#!/usr/bin/env bash
# Stops the Redis started by start.sh (by its pidfile) and waits until it has exited.
set -euo pipefail
PID_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.tools/redis/redis.pid"
[[ -f "$PID_FILE" ]] || exit 0
pid="$(cat "$PID_FILE")"
kill "$pid" 2>/dev/null || true
for _ in $(seq 1 50); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
rm -f "$PID_FILE"
