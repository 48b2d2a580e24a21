"""A Whoosh segment writer that moves postings term by term instead of one by one.

Whoosh's `SegmentWriter` puts every (document, term) posting through its posting pool
as a tuple: sized, sorted, pickled to a run, unpickled, heap-merged and handed to the
postings writer one at a time, with a column lookup for the field length of each. At
50,000 testimonies that is some 35 million trips through Python. Here the pool keeps
postings grouped by term as they arrive (documents arrive in order, so each group is
already sorted), spills sorted runs of whole groups to the sealed scratch storage when
it outgrows its budget, merges runs term by term, and writes each term's postings in
blocks of Whoosh's own format. Field lengths come from a byte per document kept in
memory, not from reading the length columns back.

The files are exactly Whoosh's W3 codec files, read by Whoosh's own readers.
"""

from __future__ import annotations

import heapq
import marshal
from array import array
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import BinaryIO

from whoosh.codec.base import Segment
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PerDocWriter, W3Segment, W3TermInfo
from whoosh.fields import FieldType, Schema
from whoosh.filedb.filestore import Storage
from whoosh.index import FileIndex
from whoosh.system import pack_ushort
from whoosh.util import random_name
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from haart_archive.search.analysis import OnePassAnalyzer
from haart_archive.search.formats import PackedPositions, pack

BLOCK_LIMIT = 128  # postings per block, as W3Codec writes them
# Rough Python memory of the pool: a new term costs a key, a tuple and three lists; a
# posting three list slots, a float and its value's bytes object.
TERM_BYTES = 480
POSTING_BYTES = 90
RUN_BATCH_BYTES = 256 * 1024  # postings per marshal record of a spilled run, roughly
# zlib level of postings blocks: 1 is a third faster to write than Whoosh's 3, for a few
# per cent more bytes.
COMPRESSION = 1
REPORT_EVERY = 20_000  # postings written between two progress reports

Term = tuple[str, str | bytes, list[int], list[float], list[bytes]]


class TermPool:
    """Postings grouped by field and term, spilled to sealed scratch runs over budget."""

    def __init__(self, tempstorage: Storage, limit_bytes: int, text_keyed: frozenset[str] = frozenset()):
        self.text_keyed = text_keyed
        self._temp = tempstorage
        self._limit = limit_bytes
        self._fields: dict[str, dict[bytes, tuple[list, list, list]]] = {}
        self._size = 0
        self._runs: list[str] = []
        self.postings = 0  # added so far, for the progress of writing

    def add(self, item: tuple) -> None:
        """One posting as Whoosh passes them: (fieldname, term bytes, docnum, weight, value)."""
        fieldname, tbytes, docnum, weight, value = item
        term = tbytes.decode("utf-8") if fieldname in self.text_keyed else tbytes
        self.add_postings(fieldname, docnum, ((term, weight, value),))

    def add_postings(self, fieldname: str, docnum: int,
                     postings: Iterable[tuple[str | bytes, float, bytes | None]]) -> None:
        """The postings of one document in one field. Terms of the fields in `text_keyed`
        are kept as text (UTF-8 keeps their order; they are encoded once, when written),
        other fields' as bytes."""
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        size = 0
        for tbytes, weight, value in postings:
            group = terms.get(tbytes)
            if group is None:
                terms[tbytes] = ([docnum], [weight], [value])
                size += TERM_BYTES + len(tbytes)
            else:
                group[0].append(docnum)
                group[1].append(weight)
                group[2].append(value)
            size += POSTING_BYTES + (len(value) if value else 0)
            self.postings += 1
        self._size += size
        if self._size > self._limit:
            self.save()

    def add_positions(self, fieldname: str, docnum: int, positions: dict[str, list[int]],
                      posting_format: PackedPositions, short: bool) -> int:
        """One document's analysed text field (term -> positions, see
        `OnePassAnalyzer.positions`); returns the field's length in words.

        The fast path of indexing: one `pack` per term, shared float objects for the
        weights (a word's count times the field boost), terms kept as text until written.
        """
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        get = terms.get
        boost = posting_format.field_boost
        weights = [count * boost for count in range(64)]
        new_terms = length = 0
        for term, found in positions.items():
            value = pack(found, short)
            count = len(found)
            length += count
            group = get(term)
            if group is None:
                terms[term] = ([docnum], [weights[count] if count < 64 else count * boost], [value])
                new_terms += 1
            else:
                group[0].append(docnum)
                group[1].append(weights[count] if count < 64 else count * boost)
                group[2].append(value)
        self._size += TERM_BYTES * new_terms + POSTING_BYTES * len(positions) + 2 * length
        self.postings += len(positions)
        if self._size > self._limit:
            self.save()
        return length

    def save(self) -> None:
        """Write the postings in memory as one sorted run and forget them.

        Terms go out in batches, each one `marshal` record behind its length, so reading
        a run back is a few `marshal.loads` on whole buffers (`marshal.load` on a stream
        would call back into Python for every number).
        """
        if not self._fields:
            return
        name = f"{random_name()}.run"
        with self._temp.create_file(name).raw_file() as out:
            batch, size = [], 0
            for term in self._memory_terms():
                batch.append(term)
                size += len(term[2]) * 16 + 64
                if size > RUN_BATCH_BYTES:
                    _write_batch(out, batch)
                    batch, size = [], 0
            _write_batch(out, batch)
        self._runs.append(name)
        self._fields, self._size = {}, 0

    def terms(self) -> Iterator[Term]:
        """Every term with all its postings, in field and term order."""
        sources = [self._read_run(name) for name in self._runs] + [self._memory_terms()]
        # `heapq.merge` is stable: a term's groups come in run order, which is document
        # order, so they are concatenated, never re-sorted.
        current: Term | None = None
        for term in heapq.merge(*sources, key=itemgetter(0, 1)):
            if current is not None and term[0] == current[0] and term[1] == current[1]:
                current[2].extend(term[2])
                current[3].extend(term[3])
                current[4].extend(term[4])
                continue
            if current is not None:
                yield current
            current = term
        if current is not None:
            yield current
        self._fields, self._size = {}, 0

    def _memory_terms(self) -> Iterator[Term]:
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for tbytes in sorted(terms):
                docs, weights, values = terms[tbytes]
                yield (fieldname, tbytes, docs, weights, values)

    def _read_run(self, name: str) -> Iterator[Term]:
        source = self._temp.open_file(name).raw_file()
        try:
            while header := source.read(4):
                yield from marshal.loads(source.read(int.from_bytes(header, "little")))
        finally:
            source.close()
            self._temp.delete_file(name)

    def cleanup(self) -> None:
        for name in self._runs:
            if self._temp.file_exists(name):
                self._temp.delete_file(name)
        self._runs = []
        self._fields, self._size = {}, 0


def _write_batch(out: BinaryIO, batch: list[Term]) -> None:
    if batch:
        record = marshal.dumps(batch)
        out.write(len(record).to_bytes(4, "little"))
        out.write(record)


class _LengthRecordingPerDocWriter(W3PerDocWriter):
    """Whoosh's per-document writer, also keeping each field's length byte in memory."""

    def __init__(self, codec: W3Codec, storage: Storage, segment: Segment):
        super().__init__(codec, storage, segment)
        self.length_bytes: dict[str, bytearray] = {}

    def add_field(self, fieldname: str, fieldobj: FieldType, value: object, length: int) -> None:
        super().add_field(fieldname, fieldobj, value, length)
        if length:
            column = self.length_bytes.get(fieldname)
            if column is None:
                column = self.length_bytes[fieldname] = bytearray()
            missing = self._docnum + 1 - len(column)
            if missing > 0:
                column.extend(bytes(missing))
            column[self._docnum] = length_to_byte(length)


class _BulkFieldWriter(W3FieldWriter):
    """Whoosh's terms and postings writer, fed whole terms."""

    def write_terms(self, schema: Schema, length_bytes: dict[str, bytearray], terms: Iterable[Term],
                    written: Callable[[int], None] | None = None) -> None:
        """Write every term; `written(postings)` is called every few thousand postings."""
        current = None
        lengths = None
        count = reported = 0
        for fieldname, term, docs, weights, values in terms:
            count += len(docs)
            if written is not None and count - reported >= REPORT_EVERY:
                written(count)
                reported = count
            if fieldname != current:
                if current is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                current, lengths = fieldname, length_bytes.get(fieldname)
            self._write_term(term.encode("utf-8") if isinstance(term, str) else term, docs, weights, values, lengths)
        if current is not None:
            self.finish_field()

    def _write_term(self, tbytes: bytes, docs: list[int], weights: list[float],
                    values: list[bytes | None], lengths: bytearray | None) -> None:
        writer = self._postwriter
        terminfo = W3TermInfo()
        writer.start_postings(self._format, terminfo)
        count = len(docs)
        for start in range(0, count, BLOCK_LIMIT):
            end = min(count, start + BLOCK_LIMIT)
            block_docs = docs[start:end]
            writer._ids = array("I", block_docs)
            writer._weights = array("f", weights[start:end])
            writer._maxweight = max(max(weights[start:end]), 0)
            writer._values = [value for value in values[start:end] if value]
            writer._minlength, writer._maxlength = _length_range(block_docs, lengths)
            if end < count:
                writer._write_block()
        writer.finish_postings()
        self._tindex.add(pack_ushort(self._fieldid) + tbytes, terminfo.to_bytes())


def _length_range(docs: list[int], lengths: bytearray | None) -> tuple[int | None, int]:
    """The smallest and largest field length (as Whoosh rounds them) of these documents."""
    if lengths is None:
        return None, 0
    size = len(lengths)
    found = [lengths[doc] for doc in docs if doc < size and lengths[doc]]
    if not found:
        return None, 0
    return byte_to_length(min(found)), byte_to_length(max(found))


class BulkCodec(W3Codec):
    """The W3 codec with the writers above; segments it makes name a plain `W3Codec`."""

    def __init__(self) -> None:
        super().__init__(compression=COMPRESSION)

    def per_document_writer(self, storage: Storage, segment: Segment) -> _LengthRecordingPerDocWriter:
        return _LengthRecordingPerDocWriter(self, storage, segment)

    def field_writer(self, storage: Storage, segment: Segment) -> _BulkFieldWriter:
        return _BulkFieldWriter(self, storage, segment)

    def new_segment(self, storage: Storage, indexname: str) -> W3Segment:
        return W3Segment(W3Codec(), indexname)


class BulkSegmentWriter(SegmentWriter):
    """A `SegmentWriter` whose postings go through a `TermPool`.

    `pool_bytes` is the pool's memory budget. Segments are written as separate files
    (no compound file: it would copy everything once more). `add_document` is Whoosh's,
    trimmed to what the archive's schemas use (no vectors, no separate spelling).
    `writing(fraction)`, if set, is called as the postings are written at commit (a
    rebuild's last stretch); it may raise to stop, and `abandon()` then cleans up.
    """

    def __init__(self, ix: FileIndex, pool_bytes: int, **kwargs: object):
        super().__init__(ix, codec=BulkCodec(), compound=False, **kwargs)
        self.writing: Callable[[float], None] | None = None
        text_keyed = frozenset(name for name, field in self.schema.items() if type(field.format) is PackedPositions)
        self.pool = TermPool(self._tempstorage, pool_bytes, text_keyed)

    def add_document(self, **fields) -> None:
        self._check_state()
        perdocwriter, schema, docnum = self.perdocwriter, self.schema, self.docnum
        add_postings, add_positions = self.pool.add_postings, self.pool.add_positions
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in names:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                if field.vector or field.separate_spelling():
                    raise TypeError(f"field {fieldname!r}: vectors and spelling are not supported")
                length = 0
                if fieldname in self.pool.text_keyed and isinstance(field.analyzer, OnePassAnalyzer):
                    positions = field.analyzer.positions(value)
                    length = add_positions(fieldname, docnum, positions, field.format, len(value) < 65536)
                elif field.indexed:
                    items = list(field.index(value))
                    if field.scorable:
                        length = sum(item[1] for item in items)
                    keyed_as_text = fieldname in self.pool.text_keyed
                    add_postings(fieldname, docnum, (
                        (tb.decode("utf-8") if keyed_as_text else tb, w, v) for tb, _f, w, v in items
                    ))
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                if field.column_type:
                    perdocwriter.add_column_value(fieldname, field.column_type,
                                                  field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        total = max(1, self.pool.postings)
        written = None if self.writing is None else (lambda count: self.writing(min(1.0, count / total)))
        self.fieldwriter.write_terms(self.schema, self.perdocwriter.length_bytes, self.pool.terms(), written)
        self.fieldwriter.close()

    def finish_segment(self) -> Segment | None:
        """Write this writer's segment without a table of contents and close the writer
        (a worker's part of a build); None if no document was added."""
        self._check_state()
        if self._added:
            segment = self._finalize_segment()
        else:
            segment = None
            self._close_segment()
        self._finish()
        return segment

    def commit_with(self, others: Callable[[], list[Segment | None]]) -> None:
        """Commit this writer's segment together with the segments `others()` returns
        (written meanwhile by workers into the same storage), in one table of contents."""
        self._check_state()
        own = self._finalize_segment() if self._added else None
        if own is None:
            self._close_segment()
        segments = [*self.segments, *others(), own]
        self._commit_toc([segment for segment in segments if segment is not None])
        self._finish()

    def abandon(self) -> None:
        """Give up after a failure (or a cancel) during `commit`: remove the scratch files
        and release the lock; the half-written segment files belong to no index."""
        if self.is_closed:
            return
        self.pool.cleanup()
        self._finish()

