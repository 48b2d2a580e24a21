"""One tier's search index: open, keep current, search, rebuild.

The index is a cache of the store: when it is missing, damaged, tampered with, made
with another key or by an older schema, `SearchIndex.open` raises `IndexNeedsRebuild`
(with a `reason`), and the archive rebuilds it from the store with `SearchIndex.build`
(or lets `SearchIndex.open_or_rebuild` do both and report why).
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.query import Query

from haart_archive.errors import InvalidInput, NotFound
from haart_archive.messages import Message
from haart_archive.search.docsets import MatchingDocs, for_ranking
from haart_archive.search.errors import (
    IndexNeedsRebuild,
    IndexTampered,
    RebuildCancelled,
    RebuildReason,
)
from haart_archive.search.facets import DateColumn, FacetCounter
from haart_archive.search.highlighting import Highlights
from haart_archive.search.parallel import BATCH_DOCUMENTS, IN_FLIGHT, SegmentWorker
from haart_archive.search.phrases import PlacesCache
from haart_archive.search.postings import field_lengths, leaves
from haart_archive.search.queries import build_filter, build_parser, parse
from haart_archive.search.ranking import Ranker
from haart_archive.search.schema import (
    SCHEMA_VERSION,
    IndexedDocument,
    Tier,
    body_fields,
    build_schema,
    to_fields,
)
from haart_archive.search.segment_writer import BulkSegmentWriter
from haart_archive.search.spelling import suggest_correction
from haart_archive.search.storage import PARTIAL_SUFFIX, SealedStorage

MARKER = "haart-index.json"
INDEX_NAME = "MAIN"
# Memory budget of the posting pool before it spills a sealed run to disk.
WRITER_MEMORY_MB = 192
# A rebuild of at least this many documents uses a worker process (see `parallel`).
PARALLEL_MIN_DOCUMENTS = 2000
MAX_PAGE_SIZE = 200
PROGRESS_EVERY = 25

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Hit:
    """One search result: fragments hold HTML with matched words in <b>..</b>."""

    id: str
    title: str
    score: float
    fragments: tuple[str, ...] = ()
    told_on: dt.date | None = None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "score": round(self.score, 4),
            "fragments": list(self.fragments),
            "told_on": self.told_on.isoformat() if self.told_on else None,
        }


@dataclass(frozen=True)
class SearchResults:
    """One page of results, the total, facet counts and a "did you mean" suggestion."""

    hits: tuple[Hit, ...]
    total: int
    page: int
    page_size: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    def to_json(self) -> dict:
        return {
            "hits": [hit.to_json() for hit in self.hits],
            "total": self.total,
            "page": self.page,
            "page_size": self.page_size,
            "pages": self.pages,
            "facets": {name: [list(pair) for pair in pairs] for name, pairs in self.facets.items()},
            "suggestion": self.suggestion,
        }


class SearchIndex:
    """The encrypted Whoosh index of one tier (`story` or `public`).

    Create one with `open`, `create`, `build` or `open_or_rebuild`; keep it open (the
    searcher stays open between searches) and `close()` it when the archive locks.
    Methods are safe to call from several threads.
    """

    def __init__(self, storage: SealedStorage, key: bytes, tier: Tier, ix: whoosh_index.FileIndex):
        self._storage = storage
        self._key = key
        self._tier = tier
        self._ix = ix
        self._lock = threading.RLock()
        self._parser = build_parser(ix.schema, tier)
        self._searcher = ix.searcher()
        self._facets = FacetCounter(self._searcher)
        self._dates = DateColumn(self._searcher)
        self._places = PlacesCache()

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: Path, key: bytes, tier: Tier | str, index_id: str) -> SearchIndex:
        """Open an existing index, cheaply: nothing is read whole and nothing is decrypted
        but the header and final chunk of each file (which catches truncated, replaced and
        renamed files) and the few chunks Whoosh reads to open a searcher.

        Raises `IndexNeedsRebuild` (reason MISSING, DAMAGED or OLD_SCHEMA) or its
        subclass `IndexTampered` (reason TAMPERED or WRONG_KEY). A chunk changed in the
        middle of a file raises `IndexTampered` when a search first reads it (or from
        `verify`).
        """
        tier = Tier(tier)
        storage = SealedStorage(Path(directory), key, index_id)
        _check_marker(storage, tier)
        storage.remove_scratch()
        storage.check_ends()
        try:
            ix = whoosh_index.FileIndex(storage, schema=build_schema(tier), indexname=INDEX_NAME)
            _check_segment_files(ix, storage)
            return cls(storage, key, tier, ix)
        except IndexNeedsRebuild:
            raise
        except Exception:  # Whoosh fails in many ways on missing or odd segment files
            raise IndexNeedsRebuild(index_id, RebuildReason.DAMAGED) from None

    @classmethod
    def create(cls, directory: Path, key: bytes, tier: Tier | str, index_id: str) -> SearchIndex:
        """Make a new, empty index in `directory`, removing whatever was there.

        `directory` must be a folder of its own: everything in it is deleted.
        """
        tier = Tier(tier)
        directory = Path(directory)
        _remove_tree(directory)
        storage = SealedStorage(directory, key, index_id).create()
        _write_marker(storage, tier)
        ix = storage.create_index(build_schema(tier), indexname=INDEX_NAME)
        return cls(storage, key, tier, ix)

    @classmethod
    def build(
        cls,
        directory: Path,
        key: bytes,
        tier: Tier | str,
        index_id: str,
        documents: Iterable[IndexedDocument],
        total: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> SearchIndex:
        """Build a complete index from `documents` and put it in place of `directory`.

        The new index is written beside `directory` and swapped in only when complete,
        so a cancelled (`RebuildCancelled`) or failed build leaves the old one intact;
        `cancelled()` is asked between documents and while the index is written.
        `progress(done, total)` counts steps: one per document, then a quarter as many
        while the index is written (`total` grows with the documents if not given).
        """
        staging = cls.stage(directory, key, tier, index_id, documents, total, progress, cancelled)
        return cls.install(staging, directory, key, tier, index_id)

    @classmethod
    def stage(
        cls,
        directory: Path,
        key: bytes,
        tier: Tier | str,
        index_id: str,
        documents: Iterable[IndexedDocument],
        total: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Path:
        """The long half of `build`: write the new index beside `directory`, which is left
        untouched (an open index on it keeps answering). Returns the staging folder for
        `install`; a cancelled or failed build removes it."""
        tier = Tier(tier)
        directory = Path(directory)
        staging = directory.with_name(f".{directory.name}.rebuilding")
        try:
            fresh = cls.create(staging, key, tier, index_id)
            fresh._fill(documents, total or 0, progress, cancelled)
            fresh.close()
        except BaseException:
            _remove_tree(staging)
            raise
        return staging

    @classmethod
    def install(cls, staging: Path, directory: Path, key: bytes, tier: Tier | str, index_id: str) -> SearchIndex:
        """The quick half of `build`: put a staged index in place of `directory` and open
        it. Close any index open on `directory` first."""
        _swap_in(Path(staging), Path(directory))
        return cls.open(directory, key, tier, index_id)

    @classmethod
    def open_or_rebuild(
        cls,
        directory: Path,
        key: bytes,
        tier: Tier | str,
        index_id: str,
        documents: Callable[[], Iterable[IndexedDocument]],
        total: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> tuple[SearchIndex, IndexNeedsRebuild | None]:
        """Open the index, or rebuild it from `documents()` if it cannot be used.

        Returns the index and, when it was rebuilt, the error saying why (its message
        is a sentence to show the user).
        """
        try:
            return cls.open(directory, key, tier, index_id), None
        except IndexNeedsRebuild as why:
            rebuilt = cls.build(
                directory, key, tier, index_id, documents(), total, progress, cancelled
            )
            return rebuilt, why

    # -- keeping it current --------------------------------------------------------------

    @property
    def tier(self) -> Tier:
        return self._tier

    @property
    def index_id(self) -> str:
        return self._storage.index_id

    @property
    def doc_count(self) -> int:
        with self._lock:
            return self._searcher.doc_count()

    def add(self, doc: IndexedDocument) -> None:
        """Add (or replace) one document."""
        self.update_many([doc])

    def update(self, doc: IndexedDocument) -> None:
        """Replace the document with `doc.id` (add it if absent)."""
        self.update_many([doc])

    def add_many(self, docs: Iterable[IndexedDocument]) -> None:
        """Add (or replace) several documents in one commit."""
        self.update_many(docs)

    def update_many(self, docs: Iterable[IndexedDocument]) -> None:
        """Replace several documents by id in one commit."""
        values = [to_fields(doc, self._tier) for doc in docs]
        with self._lock:
            writer = self._writer()
            try:
                for fields in values:
                    writer.update_document(**fields)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            self._refresh()

    def delete(self, doc_id: str) -> None:
        """Remove one document (no error if it is not indexed)."""
        self.delete_many([doc_id])

    def delete_many(self, doc_ids: Iterable[str]) -> None:
        with self._lock:
            writer = self._writer()
            for doc_id in doc_ids:
                writer.delete_by_term("id", doc_id)
            writer.commit()
            self._refresh()

    def optimize(self) -> None:
        """Merge every segment into one (faster searches after many small updates)."""
        with self._lock:
            self._writer().commit(optimize=True)
            self._refresh()

    def rebuild(
        self,
        documents: Iterable[IndexedDocument],
        total: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        """Replace the whole index with `documents` (see `build`); cancel leaves it intact.

        Searches from other threads are answered by the old index until the new one is
        complete."""
        directory = self._storage.directory
        staging = SearchIndex.stage(
            directory, self._key, self._tier, self.index_id, documents, total, progress, cancelled
        )
        with self._lock:
            self._close_searcher()
            self._storage.close()
            rebuilt = SearchIndex.install(staging, directory, self._key, self._tier, self.index_id)
            self._storage, self._ix = rebuilt._storage, rebuilt._ix
            self._searcher, self._facets, self._dates = rebuilt._searcher, rebuilt._facets, rebuilt._dates
            self._places = rebuilt._places

    def verify(self) -> None:
        """Authenticate every chunk of every file (constant memory; seconds on a large
        index). Raises `IndexTampered`: run it in the background after opening to find
        damage before a search runs into it. Searches are not held up meanwhile."""
        self._storage.verify()

    def warm(self) -> None:
        """Read what the first search would (term tables, facet values, date column), so
        it answers at once; meant for a background thread right after opening."""
        with self._reading():
            self._facets.counts(set())
            self._dates.values()
            for leaf in leaves(self._searcher):
                for name in body_fields("en") + body_fields("sw"):
                    field_lengths(leaf.reader, name)

    def close(self) -> None:
        """Close the searcher and forget every decrypted chunk."""
        with self._lock:
            self._close_searcher()
            self._storage.close()

    # -- searching -----------------------------------------------------------------------

    def search(
        self,
        query_text: str,
        *,
        filters: dict[str, list[str]] | None = None,
        sort: str = "relevance",
        page: int = 1,
        page_size: int = 20,
        with_facets: bool = True,
    ) -> SearchResults:
        """Search; see `queries.py` for the syntax. Raises `InvalidInput` on bad input.

        `filters` maps a facet (exploitation, indicator, county, year, language, consent,
        or sector, route, push_factor) to the values to keep; `sort` is 'relevance' or
        'date' (newest first); pages count from 1.
        """
        _check_paging(sort, page, page_size)
        parsed = parse(self._parser, query_text)
        filter_query = build_filter(filters)
        with self._reading():
            searcher = self._searcher
            # Every match is needed for the total and the facets: the set of matches comes
            # from whole posting lists and set algebra, the scores from the same lists
            # (`ranking`), and only the page of hits is read and highlighted.
            docs = MatchingDocs(searcher, self._places)
            matched = docs.of(parsed)
            if filter_query is not None:
                matched = matched & docs.of(filter_query)
            start, end = (page - 1) * page_size, page * page_size
            if start >= len(matched):
                ranked = []
            elif sort == "date":
                ranked = self._newest(matched, end)[start:end]
            else:
                ranked = self._most_relevant(parsed, docs, matched, end, filter_query)[start:end]
            hits = self._page_hits(ranked, parsed, docs.expansions)
            facets = self._facets.counts(matched) if with_facets else {}
            suggestion = suggest_correction(searcher, self._tier, query_text)
        return SearchResults(tuple(hits), len(matched), page, page_size, facets, suggestion)

    def _most_relevant(self, parsed: Query, docs: MatchingDocs, matched: frozenset[int], count: int,
                       filtered: Query | None) -> list[tuple[int, float]]:
        scores = Ranker(docs).scores(parsed)
        if scores is not None:
            best = heapq.nlargest(count, matched, key=lambda doc: (scores.get(doc, 0.0), -doc))
            return [(doc, scores.get(doc, 0.0)) for doc in best]
        allow = set(matched) if filtered is not None else None
        results = self._searcher.search(for_ranking(parsed, docs), limit=count, filter=allow)
        return [(result.docnum, float(result.score or 0.0)) for result in results]

    def _newest(self, matched: frozenset[int], count: int) -> list[tuple[int, float]]:
        told = self._dates.values()
        newest = heapq.nlargest(count, matched, key=lambda doc: (told[doc], -doc))
        return [(doc, 0.0) for doc in newest]

    def _page_hits(self, ranked: list[tuple[int, float]], parsed: Query, expansions: dict) -> list[Hit]:
        searcher = self._searcher
        highlights = Highlights.for_query(searcher, parsed, ("body_en", "body_sw"), expansions)
        highlights.prepare([docnum for docnum, _score in ranked])
        hits = []
        for docnum, score in ranked:
            stored = searcher.stored_fields(docnum)
            body_field = body_fields(stored.get("language", "en"))[1]
            fragments = highlights.fragments(docnum, body_field, stored.get(body_field, ""))
            told = stored.get("told")
            hits.append(
                Hit(
                    id=stored["id"],
                    title=stored.get("title", ""),
                    score=score,
                    fragments=tuple(fragments),
                    told_on=told.date() if told else None,
                )
            )
        return hits

    def document_ids(self) -> set[str]:
        """Ids of every indexed document (for the archive to check the index is complete)."""
        with self._reading():
            return {fields["id"] for fields in self._searcher.all_stored_fields()}

    def require(self, doc_id: str) -> None:
        """Raise `NotFound` if `doc_id` is not indexed."""
        with self._reading():
            if self._searcher.document_number(id=doc_id) is None:
                raise NotFound(Message("That testimony is not in the search index."))

    # -- internals -----------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Hold the lock; a file gone missing under a reader means the index is damaged."""
        with self._lock:
            try:
                yield
            except (NameError, FileNotFoundError):
                raise IndexNeedsRebuild(self.index_id, RebuildReason.DAMAGED) from None

    def _fill(self, documents: Iterable[IndexedDocument], total: int, progress: Progress | None,
              cancelled: Cancelled | None) -> None:
        """Add every document, then write the segment. Progress counts steps: one per
        document, then a quarter as many again for writing (the last stretch).

        A large build (`total` at least `PARALLEL_MIN_DOCUMENTS`, on a machine with more
        than one core) shares the work with a worker process (see `parallel`); the two
        halves share the memory budget of the posting pool.
        """
        pool_bytes = int(WRITER_MEMORY_MB * 1024 * 1024)
        worker = self._start_worker(total, pool_bytes // 2)
        writer = self._writer(pool_bytes if worker is None else pool_bytes // 2)

        def check() -> None:
            if cancelled is not None and cancelled():
                raise RebuildCancelled(self.index_id)

        try:
            done = self._add_all(writer, worker, documents, total, progress, check)
        except BaseException:
            if worker is not None:
                worker.stop()
            writer.cancel()
            raise
        steps = _steps(done)
        try:
            if worker is not None:
                worker.commit()

            def writing(fraction: float) -> None:
                check()
                if worker is not None:
                    worker.collect()
                    fraction = (fraction + worker.written) / 2
                if progress is not None:
                    progress(done + int(fraction * (steps - done)), steps)

            def others() -> list:
                if worker is None:
                    return []
                # Called once this process's segment is written: wait for the worker's.
                segment = worker.segment(waiting=lambda: writing(1.0))
                self._storage.forget_listing()
                return [segment]

            writer.writing = writing
            writer.commit_with(others)
        except BaseException:
            if worker is not None:
                worker.stop()
            writer.abandon()
            raise
        if progress is not None:
            progress(steps, steps)
        self._refresh()

    def _add_all(self, writer: BulkSegmentWriter, worker: SegmentWorker | None,
                 documents: Iterable[IndexedDocument], total: int, progress: Progress | None,
                 check: Callable[[], None]) -> int:
        """Index every document here or in the worker; returns how many there were."""
        done = 0
        batch: list[dict] = []
        for doc in documents:
            check()
            fields = to_fields(doc, self._tier)
            if worker is None:
                writer.add_document(**fields)
            else:
                batch.append(fields)
                if len(batch) == BATCH_DOCUMENTS:
                    self._hand_out(writer, worker, batch)
                    batch = []
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, _steps(max(total, done)))
        for fields in batch:
            writer.add_document(**fields)
        return done

    @staticmethod
    def _hand_out(writer: BulkSegmentWriter, worker: SegmentWorker, batch: list[dict]) -> None:
        """Give the batch to the worker if it is nearly out of work, else index it here."""
        worker.collect()
        if worker.in_flight < IN_FLIGHT:
            worker.send(batch)
        else:
            for fields in batch:
                writer.add_document(**fields)

    def _start_worker(self, total: int, pool_bytes: int) -> SegmentWorker | None:
        if total < PARALLEL_MIN_DOCUMENTS or (os.cpu_count() or 1) < 2:
            return None
        storage = self._storage
        try:
            return SegmentWorker(storage.directory, self._key, self._tier, storage.index_id, INDEX_NAME, pool_bytes)
        except (OSError, RuntimeError, AssertionError):
            # No process can be started here (a daemon process, no resources left): the
            # build is the same in this process alone, only slower.
            return None

    def _writer(self, pool_bytes: int | None = None) -> BulkSegmentWriter:
        if pool_bytes is None:
            pool_bytes = int(WRITER_MEMORY_MB * 1024 * 1024)
        return BulkSegmentWriter(self._ix, pool_bytes=pool_bytes)

    def _refresh(self) -> None:
        # A fresh searcher, not `Searcher.refresh()`: Whoosh's refresh reuses segment
        # readers by name and misses new deletions in them (and fails on an empty index).
        # Files stay decrypted in the storage, so this costs no decryption.
        fresh = self._ix.searcher()
        self._close_searcher()
        self._searcher = fresh
        self._facets = FacetCounter(fresh)
        self._dates = DateColumn(fresh)
        self._places = PlacesCache()

    def _close_searcher(self) -> None:
        if self._searcher is not None and not self._searcher.is_closed:
            self._searcher.close()


def _steps(documents: int) -> int:
    """Progress steps of a build of this many documents: one each, and a quarter more
    for writing the index at the end."""
    return documents + documents // 4


def _check_paging(sort: str, page: int, page_size: int) -> None:
    if sort not in ("relevance", "date"):
        raise InvalidInput(Message("Results can be sorted by 'relevance' or by 'date'."))
    if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidInput(Message(
            "Pages count from 1 and hold 1 to {max_page_size} results.",
            max_page_size=MAX_PAGE_SIZE,
        ))


def _write_marker(storage: SealedStorage, tier: Tier) -> None:
    info = {"schema_version": SCHEMA_VERSION, "tier": str(tier), "index_id": storage.index_id}
    with storage.create_file(MARKER) as handle:
        handle.write(json.dumps(info).encode("utf-8"))


def _check_marker(storage: SealedStorage, tier: Tier) -> None:
    """Tell a missing index, another key's index and an old schema apart."""
    index_id = storage.index_id
    if not storage.directory.is_dir() or not _entries(storage.directory):
        raise IndexNeedsRebuild(index_id, RebuildReason.MISSING)
    try:
        info = json.loads(storage.read_plaintext(MARKER))
    except NameError:
        if storage.list():
            raise IndexNeedsRebuild(index_id, RebuildReason.DAMAGED) from None
        raise IndexTampered(index_id, RebuildReason.WRONG_KEY) from None
    except IndexTampered:
        if storage.is_whole_file_format(MARKER):
            raise IndexNeedsRebuild(index_id, RebuildReason.OLD_SCHEMA) from None
        raise
    except ValueError:
        raise IndexNeedsRebuild(index_id, RebuildReason.DAMAGED) from None
    if info.get("schema_version") != SCHEMA_VERSION or info.get("tier") != str(tier):
        raise IndexNeedsRebuild(index_id, RebuildReason.OLD_SCHEMA)


def _check_segment_files(ix: whoosh_index.FileIndex, storage: SealedStorage) -> None:
    """Every file Whoosh will need is there (it opens most of them only when searching)."""
    present = set(storage.list())
    for segment in ix._segments():
        expected = {segment.make_filename(ext) for ext in (W3Codec.TERMS_EXT, W3Codec.POSTS_EXT)}
        columns = ["_stored"] + [
            f"_{name}_len" for name, length in getattr(segment, "_fieldlengths", {}).items() if length
        ]
        expected.update(W3Codec.column_filename(segment, column) for column in columns)
        if not expected <= present:
            raise IndexNeedsRebuild(storage.index_id, RebuildReason.DAMAGED)


def _entries(directory: Path) -> list[str]:
    return [name for name in os.listdir(directory) if not name.endswith(PARTIAL_SUFFIX)]


def _swap_in(staging: Path, directory: Path) -> None:
    """Move the complete new index into place, then drop the old one."""
    retired = directory.with_name(f".{directory.name}.retired")
    _remove_tree(retired)
    if directory.exists():
        os.replace(directory, retired)
    os.replace(staging, directory)
    _remove_tree(retired)


def _remove_tree(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)
