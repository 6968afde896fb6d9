#!/usr/bin/env bash
# The machine's floor under the hostile run's bystander: the same bystander (bystander.py) against the service, which
# gets no other request, first alone and then while busy loops, one per core, run as the attackers run (their nice
# value or scheduling class). What the bystander's p99 becomes when the cores are merely busy, whatever the service
# does: the part of a loaded p99 that no change to the service can remove on this machine.
# Usage: benchmarks/hostile/floor.sh URL [SECONDS=15] [COMMAND PREFIX FOR THE LOOPS, e.g. nice -n 10 | chrt --idle 0]
set -euo pipefail
cd "$(dirname "$0")/../.."
url=$1
seconds=${2:-15}
shift $(( $# >= 2 ? 2 : 1 ))
prefix=("$@")
work=$(mktemp -d)
loops=()
trap 'if (( ${#loops[@]} )); then kill "${loops[@]}" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }

python3 benchmarks/hostile/bystander.py "$url" "$work/phases.txt" "$work/stop" >"$work/bystander.txt" 2>&1 &
bystander=$!
echo "quiet_start=$(now_ms)" >"$work/phases.txt"
sleep "$seconds"
echo "loaded_start=$(now_ms)" >>"$work/phases.txt"
for _ in $(seq 1 "$(nproc)"); do
  "${prefix[@]}" sh -c 'while :; do :; done' &
  loops+=($!)
done
sleep "$seconds"
kill "${loops[@]}"
loops=()
echo "loaded_end=$(now_ms)" >>"$work/phases.txt"
sleep "$seconds"
echo "quiet_end=$(now_ms)" >>"$work/phases.txt"
touch "$work/stop"
wait "$bystander"
sed "s/^separate-process bystander:/machine floor ($(nproc) busy loops${prefix:+ under '${prefix[*]}'}, the service idle):/; s/under load/with the loops/; s/separate p99 ratio/floor p99 ratio/" \
  "$work/bystander.txt"
