#!/usr/bin/env python3
"""The hostile run's bystander in a process of its own, as a stranger meets the service: one keep-alive connection,
an ordinary query every 5 ms, each latency stored with its wall-clock time. It runs until the stop file appears, then
splits its latencies by the phases the hostile run wrote (unix milliseconds: its quiet windows and the flood) and
prints p50/p99 quiet (the windows before and after the flood, pooled, as the in-process bystander does) and under
load, and the p99 ratio.

Usage: bystander.py URL PHASES_FILE STOP_FILE
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
    target = urllib.parse.urlsplit(url)
    body = json.dumps({"query": QUERY}).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/graphql-response+json"}
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
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
            connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
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


if __name__ == "__main__":
    main()
