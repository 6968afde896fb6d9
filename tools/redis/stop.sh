#!/usr/bin/env bash
# Stops the Redis started by start.sh (by its pidfile).
set -euo pipefail
PID_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.tools/redis/redis.pid"
if [[ -f "$PID_FILE" ]]; then
  kill "$(cat "$PID_FILE")" 2>/dev/null || true
  rm -f "$PID_FILE"
fi
