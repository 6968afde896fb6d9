#!/usr/bin/env python3
"""Median and p90 latency of the flagship question over HTTP, one keep-alive connection, sequential requests.

Usage: benchmarks/flagship/latency.py [URL] [RUNS]   (default http://127.0.0.1:5080/graphql, 300 runs after 30 warm-up)
Each request is checked: HTTP 200 and no "errors" member.
"""
import http.client, json, pathlib, statistics, sys, time, urllib.parse

url = urllib.parse.urlparse(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5080/graphql")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 300
query = (pathlib.Path(__file__).resolve().parents[2] / "ui/graphiql/examples/flagship.graphql").read_text()
body = json.dumps({"query": query})
conn = http.client.HTTPConnection(url.hostname, url.port)

def once():
    start = time.perf_counter()
    conn.request("POST", url.path, body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    payload = response.read()
    elapsed = time.perf_counter() - start
    if response.status != 200 or b'"errors"' in payload:
        sys.exit(f"bad answer: {response.status} {payload[:300]!r}")
    return elapsed * 1000

for _ in range(30):
    once()
samples = sorted(once() for _ in range(runs))
print(f"flagship over HTTP, {runs} runs: median {statistics.median(samples):.2f} ms, "
      f"p90 {samples[int(runs * 0.9)]:.2f} ms, min {samples[0]:.2f} ms")
