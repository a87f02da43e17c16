"""Load on ``veille serve``: concurrent readers on loopback for a fixed time, per endpoint.

    .venv/bin/python bench/serve_load.py --db STORE [--readers 16] [--seconds 60] [--workers 1]

Starts ``veille serve`` on 127.0.0.1 (a free port) as a child process, as a user would, asks each
listed path once (filters resolved, figures, corpus events, entities and places grouped: computed
once, then kept until the store changes), then runs ``--readers`` threads, each on its own keep-alive
connection, drawing requests from a fixed mix (searches with and without filters, articles,
entities, places, events, stories, figures, stats) for ``--seconds``; ``--workers`` is ``veille serve
--workers`` (each process's kept answers warmed over a few connections at once). Prints requests per
second, the median and 99th percentile latency and the errors per endpoint, and in all, and the
server's CPU time per request (psutil). Only loopback is ever asked; every loop stops by time and by
count.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote, urlencode

HOST = "127.0.0.1"
# the most requests one reader sends, whatever the time: the loops are bounded in count too
MAX_REQUESTS = 200_000
# with --workers N, connections per worker process that warm the kept answers at once
WARM_PER_WORKER = 3
SEARCHES = [
    {"q": "attentat"}, {"q": "armee francaise"}, {"q": '"coup d\'Etat"'}, {"q": "manifest* police"},
    {"q": "Mali OR Niger", "since": "2020-01", "until": "2020-12"}, {"place": "ML"}, {"place": "Bamako"},
    {"bbox": "-12.3,10.1,4.3,25.0"}, {"entity": "Emmanuel Macron"}, {"event_type": "Battles"},
    {"category": "killed", "since": "2020"}, {"q": "attaque", "place": "BF", "event_type": "ASSAULT"},
    {"q": "election", "place": "FR", "since": "2017-01", "until": "2017-06-30"}, {"q": "Syrie", "offset": 20},
]
# (endpoint name, weight): the share of each kind of request in the mix
MIX = [("search", 40), ("article", 20), ("entities", 6), ("entity", 6), ("places", 5), ("events", 6),
       ("events.geojson", 2), ("stories", 3), ("story", 2), ("figures", 4), ("stats", 3), ("health", 3)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(con: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    con.request("GET", path, headers={"Accept": "application/json"})
    response = con.getresponse()
    return response.status, response.read()


def start_server(db: str, port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "veille.cli", "serve", "--db", db, "--port", str(port),
                               "--workers", str(workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"veille serve stopped: {server.stderr.read().decode()[-2000:]}")
        try:
            con = http.client.HTTPConnection(HOST, port, timeout=5)
            if get(con, "/api/health")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("veille serve did not answer within 120 s")


class Mix:
    """The paths readers ask, drawn from what the store holds: per kind of request, a fixed list."""

    def __init__(self, con: http.client.HTTPConnection) -> None:
        def items(path: str) -> list[dict]:
            status, body = get(con, path)
            return json.loads(body)["items"] if status == 200 else []

        articles = [h["id"] for h in items("/api/articles?limit=200")] or ["none"]
        entities = [e["key"] for e in items("/api/entities?limit=100")] or ["none"]
        stories = [s["id"] for s in items("/api/stories?limit=100")]
        self.paths = {
            "search": ["/api/articles?" + urlencode(f) for f in SEARCHES],
            "article": ["/api/articles/" + quote(a, safe="") for a in articles],
            "entities": ["/api/entities?" + urlencode(f)
                         for f in ({}, {"type": "PER"}, {"place": "FR"}, {"name": "mac"})],
            "entity": ["/api/entities/" + quote(e, safe="") + "?limit=10" for e in entities],
            "places": ["/api/places?" + urlencode(f)
                       for f in ({}, {"since": "2019"}, {"event_type": "Battles"})],
            "events": ["/api/events?" + urlencode(f) for f in ({}, {"place": "SY"}, {"since": "2020"})],
            "events.geojson": ["/api/events.geojson?" + urlencode(f) for f in ({}, {"place": "ML"})],
            "stories": ["/api/stories", "/api/stories?offset=20"],
            "story": [f"/api/stories/{n}" for n in stories] or ["/api/stories"],
            "figures": ["/api/figures?limit=20", "/api/figures?category=killed"],
            "stats": ["/api/stats"], "health": ["/api/health"],
        }
        names, weights = zip(*MIX)
        self.names = list(names)
        self.weights = list(weights)

    def warm(self, con: http.client.HTTPConnection) -> dict[str, float]:
        """Ask every listed path of the kinds whose answers are computed once and kept (and a few of
        the others): the slowest first answer per kind, in milliseconds."""
        first: dict[str, float] = {}
        for kind, paths in self.paths.items():
            for path in paths if kind not in ("article", "entity", "story") else paths[:3]:
                start = time.perf_counter()
                get(con, path)
                first[kind] = max(first.get(kind, 0.0), (time.perf_counter() - start) * 1000)
        return first

    def draw(self, rng: random.Random) -> tuple[str, str]:
        kind = rng.choices(self.names, self.weights)[0]
        return kind, rng.choice(self.paths[kind])


def warm_processes(port: int, mix: Mix, workers: int, first: dict[str, float]) -> dict[str, float]:
    """``mix.warm`` on ``WARM_PER_WORKER`` connections a worker process, opened at once: the kernel
    hands them to the processes, so that each is likely to compute its kept answers before the
    readers start (not certain: which process takes a connection is not chosen here)."""
    found: list[dict[str, float]] = []
    cons = [http.client.HTTPConnection(HOST, port, timeout=300) for _ in range(WARM_PER_WORKER * workers)]
    for con in cons:
        con.connect()

    def warm(con) -> None:
        found.append(mix.warm(con))
        con.close()

    threads = [threading.Thread(target=warm, args=(con,)) for con in cons]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {kind: max([first.get(kind, 0.0), *(f.get(kind, 0.0) for f in found)]) for kind in first}


def reader(port: int, mix: Mix, seed: int, until: float, times: dict, errors: dict, lock) -> None:
    rng = random.Random(seed)
    con = http.client.HTTPConnection(HOST, port, timeout=30)
    mine: dict[str, list[float]] = defaultdict(list)
    failed: dict[str, int] = defaultdict(int)
    for _ in range(MAX_REQUESTS):
        if time.monotonic() >= until:
            break
        kind, path = mix.draw(rng)
        start = time.perf_counter()
        try:
            status, _ = get(con, path)
        except (OSError, http.client.HTTPException):
            status = 0
            con.close()
            con = http.client.HTTPConnection(HOST, port, timeout=30)
        mine[kind].append((time.perf_counter() - start) * 1000)
        if status != 200:
            failed[kind] += 1
    con.close()
    with lock:
        for kind, values in mine.items():
            times[kind].extend(values)
        for kind, n in failed.items():
            errors[kind] += n


def server_cpu(pid: int) -> float | None:
    """CPU seconds the server (and its worker processes) used so far; None without psutil."""
    try:
        import psutil
    except ImportError:
        return None
    process = psutil.Process(pid)
    total = 0.0
    for p in [process, *process.children(recursive=True)]:
        try:
            times = p.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/veille-bench.db")
    parser.add_argument("--readers", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=1, help="veille serve --workers")
    parser.add_argument("--json", help="Also write the figures to this JSON file.")
    args = parser.parse_args()
    if not Path(args.db).is_file():
        sys.exit(f"no store at {args.db}: build one with bench/ingest.py (or veille ingest)")
    port = free_port()
    server = start_server(args.db, port, args.workers)
    try:
        con = http.client.HTTPConnection(HOST, port, timeout=120)
        health = json.loads(get(con, "/api/health")[1])
        mix = Mix(con)
        first = mix.warm(con)  # what is computed once and kept is computed here
        con.close()
        if args.workers > 1:  # each process keeps its own answers: warm them over a few connections at once
            first = warm_processes(port, mix, args.workers, first)
        times: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = defaultdict(int)
        lock = threading.Lock()
        cpu_before = server_cpu(server.pid)
        readers_before = time.process_time()
        begin = time.monotonic()
        until = begin + args.seconds
        threads = [threading.Thread(target=reader, args=(port, mix, n, until, times, errors, lock))
                   for n in range(args.readers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - begin
        cpu_after = server_cpu(server.pid)
        readers_cpu = time.process_time() - readers_before
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    finally:
        server.terminate()
        server.wait(10)
    rows = []
    print(f"store {args.db}: {health['articles']} articles; {args.readers} readers for {elapsed:.0f} s "
          f"on loopback; veille serve --workers {args.workers}")
    print(f"{'endpoint':16s} {'requests':>9s} {'req/s':>8s} {'p50 ms':>8s} {'p99 ms':>8s} {'errors':>7s} "
          f"{'first ms':>9s}  (first: the slowest first answer, before the readers)")
    for kind in mix.names + ["all"]:
        values = [v for vs in times.values() for v in vs] if kind == "all" else times.get(kind, [])
        if not values:
            continue
        failed = sum(errors.values()) if kind == "all" else errors.get(kind, 0)
        row = {"endpoint": kind, "requests": len(values), "per_second": round(len(values) / elapsed, 1),
               "p50_ms": round(statistics.median(values), 1), "p99_ms": round(percentile(values, 0.99), 1),
               "errors": failed, "first_ms": round(first.get(kind, 0.0), 1)}
        rows.append(row)
        print(f"{kind:16s} {row['requests']:9d} {row['per_second']:8.1f} {row['p50_ms']:8.1f} "
              f"{row['p99_ms']:8.1f} {row['errors']:7d} {row['first_ms'] if kind != 'all' else 0:9.1f}")
    server_ms = None
    if cpu_before is not None and cpu_after is not None:
        requests = sum(len(v) for v in times.values())
        server_ms = round((cpu_after - cpu_before) * 1000 / max(1, requests), 2)
        print(f"server CPU: {cpu_after - cpu_before:.1f} s for {requests} requests, {server_ms} ms a request "
              f"(what the machine's load does not change much; readers and server share its cores)")
    requests = sum(len(v) for v in times.values())
    readers_ms = round(readers_cpu * 1000 / max(1, requests), 2)
    print(f"readers' CPU (this process): {readers_cpu:.1f} s, {readers_ms} ms a request; load average "
          f"(1 min) at the end: {load if load is None else round(load, 2)} on {os.cpu_count()} cores: the "
          "latencies are of a server that shares its cores with the readers and with whatever else runs")
    if args.json:
        Path(args.json).write_text(json.dumps({"articles": health["articles"], "readers": args.readers,
                                               "workers": args.workers, "seconds": round(elapsed, 1),
                                               "server_cpu_ms": server_ms, "readers_cpu_ms": readers_ms,
                                               "load_average": load, "cores": os.cpu_count(),
                                               "endpoints": rows}, indent=1))
    return 1 if sum(errors.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
