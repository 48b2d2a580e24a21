"""Throughput of the blob store against a plain file copy, and its peak memory.

Run: .venv/bin/python bench/blobs.py [size in MiB, default 200]

Throughput is timed without tracemalloc; a second pass with tracemalloc on measures the
peak of Python allocations while writing and reading the same stream.

The plaintext is generated (never stored on disk in plain except for the copy baseline,
which uses random bytes that mean nothing).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from haart_archive.media.blobs import BlobStore

AD = b"media|bench-row|story"
PIECE = 1024 * 1024


def random_stream(total: int):
    block = os.urandom(PIECE)
    for index in range(total // PIECE):
        yield index.to_bytes(8, "big") + block[8:]


def timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def plain_copy(folder: Path, total: int) -> tuple[float, float]:
    source, target = folder / "plain-source", folder / "plain-copy"
    with source.open("wb") as out:
        for piece in random_stream(total):
            out.write(piece)
        out.flush()
        os.fsync(out.fileno())

    def copy() -> None:
        with source.open("rb") as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst, 64 * 1024)
            dst.flush()
            os.fsync(dst.fileno())

    def read() -> int:
        with target.open("rb") as src:
            return sum(len(b) for b in iter(lambda: src.read(64 * 1024), b""))

    copy_seconds, _ = timed(copy)
    read_seconds, _ = timed(read)
    return copy_seconds, read_seconds


def blob_round_trip(store: BlobStore, key: bytes, total: int) -> tuple[float, float]:
    write_s, info = timed(lambda: store.write(random_stream(total), key, 1, AD))
    read_s, size = timed(lambda: sum(len(c) for c in store.read(info.name, lambda _v: key, AD)))
    assert size == total
    store.delete(info.name)
    return write_s, read_s


def peak_memory(store: BlobStore, key: bytes, total: int) -> tuple[int, int]:
    tracemalloc.start()
    try:
        info = store.write(random_stream(total), key, 1, AD)
        write_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        for _ in store.read(info.name, lambda _v: key, AD):
            pass
        read_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return write_peak, read_peak


def main() -> None:
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    total = mib * PIECE
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder:
        store = BlobStore(Path(folder) / "blobs")
        copy_s, plain_read_s = plain_copy(Path(folder), total)
        write_s, read_s = blob_round_trip(store, key, total)
        write_peak, read_peak = peak_memory(store, key, total)

    def rate(seconds: float) -> float:
        return mib / seconds

    print(f"size: {mib} MiB, chunks of 64 KiB, files in {Path.cwd()}")
    print(f"plain copy (write+fsync): {rate(copy_s):8.1f} MiB/s")
    print(
        f"blob write (seal+fsync):  {rate(write_s):8.1f} MiB/s  blob/plain {copy_s / write_s:.2f}"
    )
    print(f"plain read:               {rate(plain_read_s):8.1f} MiB/s")
    print(
        f"blob read (open):         {rate(read_s):8.1f} MiB/s  blob/plain {plain_read_s / read_s:.2f}"
    )
    print(
        f"peak traced memory: write {write_peak / PIECE:.2f} MiB, read {read_peak / PIECE:.2f} MiB"
    )


if __name__ == "__main__":
    main()
