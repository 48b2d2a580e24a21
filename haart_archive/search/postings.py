"""Reading a term's whole posting list block by block, instead of one posting at a time.

Whoosh's matchers step through postings with several Python calls per document, which
is right for ranking the top of a list but slow for "which documents contain this
word?" over tens of thousands of documents. These helpers read each block (ids,
weights, values) in one go from Whoosh's own W3 postings; documents deleted in the
segment are left out.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.reading import SegmentReader
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length


@dataclass(frozen=True)
class Leaf:
    """One segment of a searcher: its reader and the number of its first document."""

    reader: SegmentReader
    offset: int
    doc_count: int


def leaves(searcher: Searcher) -> list[Leaf]:
    """The segments of `searcher` with their document offsets."""
    if searcher.is_atomic():
        reader = searcher.reader()
        return [Leaf(reader, 0, reader.doc_count_all())]
    return [Leaf(sub.reader(), offset, sub.reader().doc_count_all()) for sub, offset in searcher.subsearchers]


def term_bytes(reader: SegmentReader, fieldname: str, text: str | bytes) -> bytes | None:
    """The indexed form of `text` in `fieldname`, or None if no document has it."""
    if fieldname not in reader.schema:
        return None
    try:
        btext = text if isinstance(text, bytes) else reader.schema[fieldname].to_bytes(text)
    except ValueError:
        return None
    return btext if (fieldname, btext) in reader else None


def doc_ids(reader: SegmentReader, fieldname: str, btext: bytes) -> list[int]:
    """Segment-local ids of the documents holding the term (deleted ones left out)."""
    return weighted_ids(reader, fieldname, btext)[0]


def weighted_ids(reader: SegmentReader, fieldname: str, btext: bytes) -> tuple[list[int], list[float]]:
    """Segment-local ids and weights of the term's postings (deleted documents left out)."""
    ids: list[int] = []
    weights: list[float] = []
    for block_ids, block_weights, _values in _blocks(reader, fieldname, btext, values=False):
        ids.extend(block_ids)
        weights.extend(block_weights)
    if reader.has_deletions():
        deleted = reader.deleted_docs_set
        kept = [i for i, doc in enumerate(ids) if doc not in deleted]
        return [ids[i] for i in kept], [weights[i] for i in kept]
    return ids, weights


def postings(reader: SegmentReader, fieldname: str, btext: bytes) -> tuple[list[int], list[float], list[bytes]]:
    """Ids, weights and values of the term's postings, in document order."""
    ids: list[int] = []
    weights: list[float] = []
    values: list[bytes] = []
    for block_ids, block_weights, block_values in _blocks(reader, fieldname, btext, values=True):
        ids.extend(block_ids)
        weights.extend(block_weights)
        values.extend(block_values)
    deleted = reader.deleted_docs_set if reader.has_deletions() else None
    if deleted:
        kept = [i for i, doc in enumerate(ids) if doc not in deleted]
        ids = [ids[i] for i in kept]
        weights = [weights[i] for i in kept]
        values = [values[i] for i in kept]
    return ids, weights, values


def field_lengths(reader: SegmentReader, fieldname: str) -> list[int] | None:
    """Each document's length in words of `fieldname` (as Whoosh rounds it), or None.

    Read once per segment and field from the length column (one byte per document).
    """
    cached = _lengths_cache.setdefault(reader, {})
    if fieldname not in cached:
        cached[fieldname] = _read_lengths(reader, fieldname)
    return cached[fieldname]


def _read_lengths(reader: SegmentReader, fieldname: str) -> list[int] | None:
    perdoc = getattr(reader, "_perdoc", None)
    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN) if perdoc is not None else None
    if column is None:
        return None
    count = reader.doc_count_all()
    raw = bytes(column._dbfile.get(column._basepos, column._count)) + bytes(max(0, count - column._count))
    return list(map(byte_to_length, raw))


_lengths_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _blocks(reader: SegmentReader, fieldname: str, btext: bytes, values: bool) -> Iterator[tuple]:
    matcher = reader._terms.matcher(fieldname, btext, reader.schema[fieldname].format)
    if not isinstance(matcher, W3LeafMatcher):  # postings inlined in the term table
        ids, weights, vals = [], [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            vals.append(matcher.value() if values else None)
            matcher.next()
        yield ids, weights, vals
        return
    while not matcher._atend:
        yield _block(matcher, values)
        matcher._next_block()


def _block(matcher: W3LeafMatcher, values: bool) -> tuple:
    """One block's ids (and weights and values), decoded in C where Whoosh loops."""
    if matcher._data is None:
        matcher._read_data()
    deltas, weights, block_values = matcher._data
    ids = list(accumulate(deltas))
    count = len(ids)
    if weights is None:
        weights = [1.0] * count
    elif isinstance(weights, float):
        weights = [weights] * count
    if not values:
        return ids, weights, None
    fixed = matcher._fixedsize
    if fixed == 0:
        block_values = [None] * count
    elif fixed is not None and fixed > 0:
        block_values = [block_values[i : i + fixed] for i in range(0, len(block_values), fixed)]
    return ids, weights, block_values


