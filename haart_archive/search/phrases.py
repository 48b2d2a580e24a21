"""Exact phrases on packed word positions, with numpy.

A phrase of common words ("they took our") occurs somewhere in nearly every testimony:
checking it touches every position of every word, a million numbers at 50,000
testimonies. Here each word's occurrences become one sorted array of numbers
doc * 2**17 + position; the phrase starts where the rarest word's numbers, moved back
by its place in the phrase, meet each other word's numbers moved back by theirs
(`numpy.searchsorted`, no Python per position). A word's array is decoded once and kept
in a `PlacesCache` (bounded in bytes) for the searcher's lifetime, so common words cost
nothing the next time.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from operator import itemgetter

import numpy as np
from whoosh.reading import SegmentReader

from haart_archive.search.formats import LONG_MARKER
from haart_archive.search.postings import postings

KEY_BITS = 17  # positions of a packed 16-bit value are below 2**16
CACHE_BYTES = 48 * 1024 * 1024


@dataclass(frozen=True)
class TermPlaces:
    """Every occurrence of one term in one segment, as sorted numbers."""

    ids: list[int]
    weights: list[float]
    keys: np.ndarray  # int64: doc << KEY_BITS | position, ascending

    @property
    def size(self) -> int:
        return self.keys.nbytes + len(self.ids) * 16


def term_places(reader: SegmentReader, fieldname: str, btext: bytes) -> TermPlaces | None:
    """The term's occurrences in a segment, or None if a value is not packed 16-bit
    (a testimony longer than 64 KiB of text: the caller checks document by document)."""
    ids, weights, values = postings(reader, fieldname, btext)
    if not values:
        return TermPlaces(ids, weights, np.zeros(0, dtype=np.int64))
    if LONG_MARKER in map(itemgetter(slice(0, 2)), values):
        return None
    positions = np.frombuffer(b"".join(values), dtype="<u2")
    counts = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) // 2
    owners = np.repeat(np.asarray(ids, dtype=np.int64) << KEY_BITS, counts)
    return TermPlaces(ids, weights, owners + positions.astype(np.int64))


def phrase_docs(words: list[TermPlaces]) -> list[int]:
    """Documents where word i is at p + i for some p (ids of the segment, ascending)."""
    order = sorted(range(len(words)), key=lambda offset: len(words[offset].keys))
    first = order[0]
    starts = words[first].keys - first  # where the phrase would begin
    for offset in order[1:]:
        keys = words[offset].keys
        if not starts.size or not keys.size:
            return []
        wanted = starts + offset
        found = np.searchsorted(keys, wanted)
        found[found == keys.size] = keys.size - 1
        starts = starts[keys[found] == wanted]
    return np.unique(starts >> KEY_BITS).tolist() if starts.size else []


class PlacesCache:
    """Decoded occurrences of recently used terms, least recently used first out."""

    def __init__(self, budget_bytes: int = CACHE_BYTES):
        self._budget = budget_bytes
        self._entries: OrderedDict[tuple, TermPlaces | None] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, reader: SegmentReader, fieldname: str, btext: bytes) -> TermPlaces | None:
        key = (id(reader), fieldname, btext)
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        places = term_places(reader, fieldname, btext)
        with self._lock:
            if key not in self._entries:
                self._entries[key] = places
                self._size += places.size if places is not None else 0
                while self._size > self._budget and len(self._entries) > 1:
                    _key, dropped = self._entries.popitem(last=False)
                    self._size -= dropped.size if dropped is not None else 0
        return places

    @property
    def size(self) -> int:
        return self._size
