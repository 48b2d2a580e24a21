"""Foundation figures: unlock, adding testimonies, listing 10,000, blob throughput.

Run by hand:  .venv/bin/python bench/core.py [--n 10000]
It uses the production Argon2 calibration (not the test profile) for the unlock figure.
Text comes from the seeded fictional corpus in ../shared/tools/corpus.py when present.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from haart_archive.archive import Archive  # noqa: E402
from haart_archive.types.testimonies import TestimonyDraft  # noqa: E402

PASSPHRASE = "benchmark lantern river quietly 2026"


def corpus_documents(n: int):
    path = ROOT.parent / "shared" / "tools" / "corpus.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("corpus", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        corpus = module.CorpusGenerator()
        for doc in corpus.documents(n):
            yield doc["title"], doc["body"]
        return
    rng = random.Random(1)
    words = ["agent", "passport", "riyadh", "mombasa", "kazi", "mshahara", "employer", "house", "wages"]
    for index in range(n):
        yield f"Testimony {index}", " ".join(rng.choice(words) for _ in range(900))


def timed(label: str, func):
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds:8.3f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="haart-bench-")) / "archive"
    try:
        documents = list(corpus_documents(args.n))
        (archive, _), _ = timed(
            "create archive (calibrates Argon2id)", lambda: Archive.create(folder, "Bench", PASSPHRASE)
        )
        drafts = [TestimonyDraft(title=title, text=text) for title, text in documents]
        single = []
        for draft in drafts[:1000]:
            start = time.perf_counter()
            archive.testimonies.add(draft)
            single.append(time.perf_counter() - start)
        print(f"{'add 1,000 testimonies one by one (total)':<52} {sum(single):8.3f} s"
              f"   (median {statistics.median(single) * 1000:.1f} ms each)")
        timed(
            f"add {len(drafts) - 1000:,} more in one transaction", lambda: archive.testimonies.add_many(drafts[1000:])
        )
        archive.lock()
        archive, unlock = timed(
            "unlock (Argon2id + open + migrations check)", lambda: Archive.open(folder, "Bench", PASSPHRASE)
        )
        rows, listing = timed(f"list {args.n:,} testimonies with titles decrypted", archive.testimonies.list)
        assert len(rows) == args.n
        _, again = timed("list again (warm)", archive.testimonies.list)
        archive.lock()
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        print(f"{'archive size on disk':<52} {size / 1e6:8.1f} MB")
        print(f"\nTarget: listing {args.n:,} under 1 s -> {'met' if listing < 1 else 'missed'} ({listing:.3f} s)")
        print("Blob throughput against a plain copy: run bench/blobs.py (measured in its own run).")
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
