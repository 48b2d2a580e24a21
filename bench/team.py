"""Team mode figures: the same work on a folder archive and on a PostgreSQL server on this
machine (a private cluster, fsync on), and ten clients adding at once.

Run by hand:  .venv/bin/python bench/team.py [--n 10000] [--clients 10] [--each 50]

Needs the PostgreSQL server binaries (apt-get install postgresql). Both archives use the
tests' fast key derivation: unlocking is not what is measured here (bench/core.py is).
Text is generated and fictional.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import fastkdf  # noqa: E402

fastkdf.enable()

from haart_archive.archive import Archive  # noqa: E402
from haart_archive.types.testimonies import TestimonyDraft  # noqa: E402
from tests.team.pgcluster import remove_cluster, start_cluster  # noqa: E402

USER, PASSPHRASE = "Bench Custodian", "benchmark lantern river quietly 2026"
WORDS = ["agent", "passport", "riyadh", "mombasa", "kazi", "mshahara", "employer", "house", "wages", "broker",
         "visa", "salary", "contract", "nairobi", "jeddah", "doha", "promise", "debt", "recruiter", "kitchen"]


def drafts(n: int, seed: int) -> list[TestimonyDraft]:
    rng = random.Random(seed)
    return [TestimonyDraft(title=f"Account {seed}-{i} {rng.choice(WORDS)}",
                           text=" ".join(rng.choice(WORDS) for _ in range(400)), county="kilifi")
            for i in range(n)]


def measure(location: str | Path, n: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    archive, _ = Archive.create(location, USER, PASSPHRASE)
    singles = []
    for draft in drafts(200, 1):
        start = time.perf_counter()
        archive.testimonies.add(draft)
        singles.append(time.perf_counter() - start)
    figures["add one (median ms)"] = statistics.median(singles) * 1000
    start = time.perf_counter()
    for batch in range(0, n - 200, 1000):
        archive.testimonies.add_many(drafts(min(1000, n - 200 - batch), 100 + batch))
    figures[f"add {n - 200:,} in batches of 1,000 (s)"] = time.perf_counter() - start
    archive.lock()
    archive = Archive.open(location, USER, PASSPHRASE)
    start = time.perf_counter()
    rows = archive.testimonies.list()
    figures[f"list {len(rows):,} (s)"] = time.perf_counter() - start
    start = time.perf_counter()
    archive.testimonies.list()
    figures["list again (s)"] = time.perf_counter() - start
    start = time.perf_counter()
    archive.search.search("passport")
    figures["first search, index built (s)"] = time.perf_counter() - start
    times = []
    for word in ("wages", "recruiter debt", '"kitchen promise"', "doha OR jeddah", "visa"):
        start = time.perf_counter()
        archive.search.search(word)
        times.append(time.perf_counter() - start)
    figures["search, warm (median ms)"] = statistics.median(times) * 1000
    archive.testimonies.add(drafts(1, 999)[0])
    start = time.perf_counter()
    archive.search.search("passport")
    figures["search after one change (ms)"] = (time.perf_counter() - start) * 1000
    archive.lock()
    return figures


def _client(url: str, cache: str, each: int, seed: int, ready, go, out) -> None:
    os.environ["HAART_CACHE_DIR"] = cache
    archive = Archive.open(url, USER, PASSPHRASE)
    work = drafts(each, seed)
    ready.wait()
    go.wait()
    start = time.perf_counter()
    for draft in work:
        archive.testimonies.add(draft)
    out.put(time.perf_counter() - start)
    archive.lock()


def clients_at_once(url: str, clients: int, each: int, scratch: Path) -> tuple[float, float]:
    context = multiprocessing.get_context("spawn")
    ready, go, out = context.Barrier(clients + 1), context.Event(), context.Queue()
    processes = [context.Process(target=_client, args=(url, str(scratch / f"desk{i}"), each, 5000 + i, ready, go, out))
                 for i in range(clients)]
    for process in processes:
        process.start()
    ready.wait()
    start = time.perf_counter()
    go.set()
    per_client = [out.get(timeout=600) for _ in processes]
    wall = time.perf_counter() - start
    for process in processes:
        process.join()
    return wall, statistics.median(per_client)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--each", type=int, default=50)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="haart-bench-team-"))
    os.environ["HAART_CACHE_DIR"] = str(scratch / "cache")
    cluster = start_cluster(durable=True)
    try:
        folder = measure(scratch / "folder-archive", args.n)
        server = measure(cluster.url(cluster.new_database()), args.n)
        print(f"{'':<36} {'folder':>10} {'server':>10} {'ratio':>7}")
        for (label, a), b in zip(folder.items(), server.values(), strict=True):
            print(f"{label:<36} {a:10.3f} {b:10.3f} {b / a:7.2f}")
        url = cluster.url(cluster.new_database())
        Archive.create(url, USER, PASSPHRASE)[0].lock()
        one_wall, _ = clients_at_once(url, 1, args.each, scratch)
        wall, median = clients_at_once(url, args.clients, args.each, scratch)
        total = args.clients * args.each
        print(f"1 client adding {args.each}: {one_wall:.2f} s ({args.each / one_wall:.0f} adds/s)")
        print(f"{args.clients} clients adding {args.each} each at once: {wall:.2f} s wall, {total / wall:.0f} adds/s "
              f"in all, median client {median:.2f} s")
        with Archive.open(url, USER, PASSPHRASE) as check:
            assert len(check.testimonies.list()) == total + args.each
    finally:
        remove_cluster(cluster)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
