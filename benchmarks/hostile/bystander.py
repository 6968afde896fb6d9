#!/usr/bin/env python3
"""The hostile run's bystander in a process of its own, as a stranger meets the service: one keep-alive connection,
an ordinary query every 5 ms, each latency stored with its wall-clock time. It runs until the stop file appears, then
splits its latencies by the phases the hostile run wrote (unix milliseconds: its quiet windows and the flood) and
prints p50/p99 quiet (the windows before and after the flood, pooled, as the in-process bystander does) and under
load, and the p99 ratio. Given the service's GC pauses (GcPauses/: "start_unix_ms duration_ms generation kind", then for
a pause "suspension_ms promoted_bytes handles", per line), it also tells how many of its slowest loaded answers (at or above the loaded p99) overlapped a pause, or else a
background collection (whose thread competes for the cores): the part of the tail the garbage collector makes.

Usage: bystander.py URL PHASES_FILE STOP_FILE [GC_PAUSES_FILE]
KG_BYSTANDER_SOURCE: the source address of its connection (e.g. 127.0.0.2: another client than the attackers).
"""
import http.client
import json
import math
import os
import sys
import time
import urllib.parse

QUERY = "{ domains(first: 3) { totalCount nodes { id name } } }"


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p * len(ordered)) - 1))]


def main():
    url, phases_file, stop_file = sys.argv[1:4]
    gc_file = sys.argv[4] if len(sys.argv) > 4 else None
    target = urllib.parse.urlsplit(url)
    body = json.dumps({"query": QUERY}).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/graphql-response+json"}
    source = os.environ.get("KG_BYSTANDER_SOURCE")
    def connect():
        return http.client.HTTPConnection(target.hostname, target.port, timeout=60,
                                          source_address=(source, 0) if source else None)
    connection = connect()
    samples = []  # (unix ms at the start, latency ms)
    failures = 0
    while not os.path.exists(stop_file):
        at = time.time() * 1000
        started = time.perf_counter()
        try:
            connection.request("POST", "/graphql", body, headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures += 1
        except (OSError, http.client.HTTPException):
            failures += 1
            connection.close()
            connection = connect()
        samples.append((at, (time.perf_counter() - started) * 1000))
        time.sleep(0.005)

    marks = dict(line.strip().split("=", 1) for line in open(phases_file) if "=" in line)
    first, start, end, last = (float(marks[k]) for k in ("quiet_start", "loaded_start", "loaded_end", "quiet_end"))
    quiet = [ms for at, ms in samples if first <= at < start or end < at <= last]
    loaded = [ms for at, ms in samples if start <= at <= end]
    q50, q99, l50, l99 = percentile(quiet, 0.5), percentile(quiet, 0.99), percentile(loaded, 0.5), percentile(loaded, 0.99)
    print(f"separate-process bystander: {len(quiet)} quiet and {len(loaded)} loaded answers, {failures} not 200; "
          f"p50/p99 quiet {q50:.1f}/{q99:.1f} ms, under load {l50:.1f}/{l99:.1f} ms "
          f"(separate p99 ratio {l99 / q99 if q99 else 0:.2f})")
    if gc_file and os.path.exists(gc_file):
        print(gc_share([(at, ms) for at, ms in samples if start <= at <= end], l99, start, end, gc_file))


def gc_share(loaded, l99, start, end, gc_file):
    pauses, backgrounds = [], []  # (start unix ms, duration ms, generation)
    suspensions, promoted = [], []  # per pause: ms until every thread stopped, bytes kept
    for line in open(gc_file):
        fields = line.split()
        if len(fields) >= 4 and start <= float(fields[0]) <= end:
            (backgrounds if fields[3] == "background" else pauses).append((float(fields[0]), float(fields[1]), int(fields[2])))
            if fields[3] == "pause" and len(fields) >= 6:
                suspensions.append(float(fields[4]))
                promoted.append(int(fields[5]))
    if not pauses:
        return "GC pauses during the flood: none recorded"
    by_generation = "/".join(str(sum(1 for p in pauses if p[2] == g)) for g in range(3))
    durations = [p[1] for p in pauses]

    def overlaps(at, ms, spans):
        return any(p < at + ms and p + d > at for p, d, _ in spans)

    tail = [(at, ms) for at, ms in loaded if ms >= l99]
    paused = sum(1 for at, ms in tail if overlaps(at, ms, pauses))
    beside = sum(1 for at, ms in tail if not overlaps(at, ms, pauses) and overlaps(at, ms, backgrounds))
    return (f"GC pauses during the flood: {len(pauses)} (gen0/1/2 {by_generation}), median {percentile(durations, 0.5):.1f} ms, "
            f"max {max(durations):.1f} ms, {sum(durations):.0f} ms in all"
            + (f" (suspending the threads: median {percentile(suspensions, 0.5):.1f} ms, max {max(suspensions):.1f} ms; "
               f"kept per collection: median {percentile(promoted, 0.5) / 2**20:.1f} MiB)" if suspensions else "")
            + f", and {len(backgrounds)} background collections "
            f"({sum(b[1] for b in backgrounds):.0f} ms); of the bystander's {len(tail)} loaded answers at or above its p99, "
            f"{paused} overlapped a pause and {beside} more a background collection")

if __name__ == "__main__":
    main()
