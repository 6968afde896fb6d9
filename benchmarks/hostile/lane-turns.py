#!/usr/bin/env python3
"""A researcher's analytics questions while another client floods the lane of the heavy work (see lane-turns.sh).

The researcher (source address 127.0.0.2: another client for the service) asks one question at a time, each a network
measure over another period, so that every question is a computation of its own (none answered from a cache); first
alone (after a warm-up), then while the flooder (source address 127.0.0.1) keeps FLOODERS connections busy with distinct betweenness
computations. Prints the researcher's latencies alone and during the flood (p50, p90, max) and their ratio.

Usage: lane-turns.py URL [QUESTIONS=40] [FLOODERS=8]
"""
import http.client
import json
import math
import random
import sys
import threading
import time
import urllib.parse

MEASURES = ["CLOSENESS", "HARMONIC_CLOSENESS", "DEGREE", "WEIGHTED_DEGREE"]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p * len(ordered)) - 1))]


def ask(connection, query):
    body = json.dumps({"query": query}).encode()
    connection.request("POST", "/graphql", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    text = response.read()
    answer = json.loads(text)
    if response.status != 200 or answer.get("errors"):
        raise RuntimeError(f"{response.status} {text[:300]!r} for {query}")


def periods(seed):
    pairs = [(start, end) for start in range(1990, 2026) for end in range(start, 2026)]
    random.Random(seed).shuffle(pairs)
    return pairs


def main():
    url = urllib.parse.urlsplit(sys.argv[1])
    questions = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    flooders = int(sys.argv[3]) if len(sys.argv) > 3 else 8

    def connect(source):
        return http.client.HTTPConnection(url.hostname, url.port, timeout=120, source_address=(source, 0))

    researcher = connect("127.0.0.2")
    own = iter((measure, start, end) for (start, end) in periods(1) for measure in MEASURES)

    def timed_questions():
        latencies = []
        for _ in range(questions):
            measure, start, end = next(own)
            started = time.perf_counter()
            ask(researcher, f"{{ centrality(measure: {measure}, filter: {{ fromYear: {start}, toYear: {end} }}, top: 3) {{ id }} }}")
            latencies.append((time.perf_counter() - started) * 1000)
        return latencies

    # Warm-up (compiled code, the snapshot), on periods neither timed phase uses.
    warm = connect("127.0.0.1")
    for (start, end) in periods(3)[:20]:
        ask(warm, f"{{ centrality(measure: BETWEENNESS, filter: {{ fromYear: {start}, toYear: {end} }}, top: 3) {{ id }} }}")
        ask(warm, f"{{ centrality(measure: CLOSENESS, filter: {{ fromYear: {start}, toYear: {end} }}, top: 3) {{ id }} }}")
    warm.close()

    alone = timed_questions()

    stop = threading.Event()
    theirs = iter(periods(2))
    lock = threading.Lock()
    flood_count = [0]
    failures = []

    def flood():
        connection = connect("127.0.0.1")
        while not stop.is_set():
            with lock:
                start, end = next(theirs)
            try:
                ask(connection, f"{{ centrality(measure: BETWEENNESS, filter: {{ fromYear: {start}, toYear: {end} }}, top: 3) {{ id }} }}")
                with lock:
                    flood_count[0] += 1
            except Exception as error:  # noqa: BLE001 - reported below
                failures.append(str(error))
                return

    threads = [threading.Thread(target=flood, daemon=True) for _ in range(flooders)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    loaded = timed_questions()
    stop.set()
    for thread in threads:
        thread.join(timeout=120)

    def line(values):
        return f"p50 {percentile(values, 0.5):.0f} ms, p90 {percentile(values, 0.9):.0f} ms, max {max(values):.0f} ms"

    print(f"researcher alone ({questions} questions): {line(alone)}")
    print(f"researcher during the flood ({flooders} connections, {flood_count[0]} betweenness answered): {line(loaded)}")
    print(f"ratio (flood / alone): p50 {percentile(loaded, 0.5) / percentile(alone, 0.5):.1f}x, "
          f"p90 {percentile(loaded, 0.9) / percentile(alone, 0.9):.1f}x")
    if failures:
        print(f"flooder failures: {len(failures)}, first: {failures[0]}")


if __name__ == "__main__":
    main()
