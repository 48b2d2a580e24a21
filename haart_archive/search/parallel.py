"""A rebuild on two cores: a worker process writes part of the new index as its own segment.

Analysing testimonies and writing postings is CPU-bound Python, so a rebuild in one
process uses one core however many the machine has. With a `SegmentWorker`, the main
process hands batches of documents to a worker process and indexes the rest itself;
each writes a segment of the new index into the staging folder through its own
`SealedStorage`, and the main process then writes the table of contents naming both.

Nothing but sealed files reaches the disk: documents travel as field values through a
pipe (memory), the worker's segment files and spill runs are sealed exactly as the main
process's are (its scratch key is its own and dies with it), and its errors come back
through the pipe instead of being printed. The index key is passed the same way.

Workers are started with "spawn" (never a fork of a process holding Qt or SQLCipher
threads). Spawn imports the main module again in the worker, so a program that builds
an index must keep its work under `if __name__ == "__main__":` (the console script, the
bench and packaging/launcher.py do); a frozen app must also call
`multiprocessing.freeze_support()` first, as packaging/launcher.py does. Where no
process can be started (inside a daemon process, say) the build runs in one process.

A worker whose parent dies exits at its next read of the pipe (or its next progress
report); what it leaves is ciphertext in the staging folder, which the next rebuild
removes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import queue
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from whoosh.codec.base import Segment
from whoosh.index import FileIndex

from haart_archive.errors import ArchiveError
from haart_archive.search.schema import Tier, build_schema
from haart_archive.search.segment_writer import BulkSegmentWriter
from haart_archive.search.storage import SealedStorage

# Batches of documents the worker may hold before the main process indexes the next
# batch itself: enough that it never waits for work, few enough to balance the two.
IN_FLIGHT = 3
BATCH_DOCUMENTS = 24
WAIT_SECONDS = 0.1


class WorkerFailed(RuntimeError):
    """The worker process stopped without finishing its segment."""


class SegmentWorker:
    """A worker process writing one segment of the index being built in `directory`.

    Batches go to the worker through one pipe, fed by a thread (a pipe holds 64 KiB, a
    batch more: the main process must not wait for the worker to read it); reports come
    back through another.
    """

    def __init__(self, directory: Path, key: bytes, tier: Tier, index_id: str, indexname: str,
                 pool_bytes: int):
        context = multiprocessing.get_context("spawn")
        inbox, self._orders = context.Pipe(duplex=False)
        self._reports, outbox = context.Pipe(duplex=False)
        self._process = context.Process(
            target=work,
            args=(inbox, outbox, str(directory), key, str(tier), index_id, indexname, pool_bytes),
            name="haart-search-worker",
            daemon=True,
        )
        try:
            self._process.start()
        except BaseException:
            self._orders.close()
            self._reports.close()
            raise
        finally:
            inbox.close()
            outbox.close()
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._feeder = threading.Thread(target=self._feed, name="haart-search-feeder", daemon=True)
        self._feeder.start()
        self.in_flight = 0  # batches sent and not yet indexed
        self.added = 0  # documents the worker has indexed
        self.written = 0.0  # fraction of its segment written, once committing
        self._segment: Segment | None = None
        self._done = False

    def send(self, batch: list[dict]) -> None:
        self._queue.put(("add", batch))
        self.in_flight += 1

    def commit(self) -> None:
        """Ask the worker to write its segment (it goes on reporting `written`)."""
        self._queue.put(("commit", None))

    def _feed(self) -> None:
        while (order := self._queue.get()) is not None:
            try:
                self._orders.send(order)
            except (OSError, ValueError):  # the worker is gone: `collect` says so
                return

    def collect(self, timeout: float = 0.0) -> None:
        """Read what the worker has reported, waiting up to `timeout` for the first report."""
        try:
            while not self._done and self._reports.poll(timeout):
                timeout = 0.0
                kind, payload = self._reports.recv()
                if kind == "added":
                    self.in_flight -= 1
                    self.added += payload
                elif kind == "writing":
                    self.written = payload
                elif kind == "done":
                    self._segment = payload
                    self._done, self.written = True, 1.0
                elif kind == "failed":
                    self._done = True
                    raise payload
        except (EOFError, OSError):
            self._done = True
            self._process.join(5)
            raise WorkerFailed(
                f"the search index worker stopped (exit code {self._process.exitcode})"
            ) from None

    def segment(self, waiting: Callable[[], None]) -> Segment | None:
        """The worker's finished segment (None if it indexed nothing); `waiting()` is
        called every tenth of a second meanwhile, and may raise to give up."""
        while not self._done:
            waiting()
            self.collect(WAIT_SECONDS)
        self.stop()
        return self._segment

    def stop(self) -> None:
        """End the worker (at once, if it is still working) and wait until it is gone,
        so that its files can be removed."""
        if self._process.is_alive():
            if not self._done:
                self._process.terminate()
            self._process.join(30)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
        self._queue.put(None)
        self._orders.close()  # a feeder blocked in `send` fails and ends
        self._feeder.join(5)
        self._reports.close()


def work(inbox: Connection, outbox: Connection, directory: str, key: bytes, tier: str,
         index_id: str, indexname: str, pool_bytes: int) -> None:
    """The worker process: index the batches it is sent, write its segment on "commit"."""
    writer: BulkSegmentWriter | None = None
    try:
        storage = SealedStorage(Path(directory), key, index_id)
        ix = FileIndex(storage, schema=build_schema(Tier(tier)), indexname=indexname)
        writer = BulkSegmentWriter(ix, pool_bytes=pool_bytes, _lk=False)
        while True:
            kind, batch = inbox.recv()
            if kind == "add":
                for fields in batch:
                    writer.add_document(**fields)
                outbox.send(("added", len(batch)))
            elif kind == "commit":
                writer.writing = _reporter(outbox)
                segment = writer.finish_segment()
                outbox.send(("done", segment))
                return
            else:
                return
    except (EOFError, BrokenPipeError, ConnectionResetError):
        pass  # the parent is gone (or gave up): stop quietly
    except BaseException as error:  # reported to the parent, never printed
        with contextlib.suppress(Exception):
            outbox.send(("failed", _portable(error)))
    finally:
        if writer is not None and not writer.is_closed:
            writer.abandon()
        inbox.close()
        outbox.close()


def _reporter(conn: Connection) -> Callable[[float], None]:
    last = [0.0]

    def written(fraction: float) -> None:
        now = time.monotonic()
        if now - last[0] >= WAIT_SECONDS:
            last[0] = now
            conn.send(("writing", fraction))

    return written


def _portable(error: BaseException) -> BaseException:
    """Our typed errors (their sentences are ours) and OS errors (disk full: paths of sealed
    files only) cross as they are; any other error becomes a `WorkerFailed` naming its type
    alone, since a library's error text could quote a word of the indexed documents."""
    if not isinstance(error, ArchiveError | OSError):
        return WorkerFailed(f"the search index worker failed: {type(error).__name__}")
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return WorkerFailed(f"the search index worker failed: {type(error).__name__}")
    return error
