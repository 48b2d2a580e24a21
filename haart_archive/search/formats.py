"""The posting format of the text fields: word positions packed as arrays, read in C.

Whoosh's `Positions` and `Characters` formats pickle a list of deltas per posting and
decode it in a Python loop, once per occurrence; at 50,000 testimonies that loop is
most of a phrase query, and encoding is a large part of a rebuild. `PackedPositions`
keeps a word's positions as one array of unsigned integers, absolute rather than
delta-coded, so encoding is one `array` call and decoding is slicing (or numpy, see
`phrases`). Character offsets are not kept: the highlighter finds the few words it
marks in the stored text of the page of hits.

A value is the array of 16-bit integers, or, when a number does not fit (a testimony
of more than 64 KiB of text), the marker FF FF and 32-bit integers; a 16-bit value
never starts with FF FF, since such a text would not have used 16 bits. Postings blocks
are zlib-compressed by the codec, which takes back most of the space deltas would save.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator

from whoosh import formats
from whoosh.analysis import Analyzer

from haart_archive.search.analysis import OnePassAnalyzer

_SWAP = sys.byteorder != "little"  # files are little-endian on every machine


LONG_MARKER = b"\xff\xff"


def pack(numbers: list[int], short: bool | None = None) -> bytes:
    """The value of these numbers; `short` says they all fit in 16 bits (checked if None)."""
    if short is None:
        short = not numbers or max(numbers) < 65535
    packed = array("H" if short else "I", numbers)
    if _SWAP:
        packed.byteswap()
    return packed.tobytes() if short else LONG_MARKER + packed.tobytes()


def is_long(value: bytes) -> bool:
    return value[:2] == LONG_MARKER


def _unpack(value: bytes) -> array:
    if is_long(value):
        numbers = array("I")
        numbers.frombytes(value[2:])
    else:
        numbers = array("H")
        numbers.frombytes(value)
    if _SWAP:
        numbers.byteswap()
    return numbers


def _count(value: bytes) -> int:
    return (len(value) - 2) // 4 if is_long(value) else len(value) // 2


class PackedPositions(formats.Positions):
    """Frequency, weight and positions; a value is the positions, packed."""

    def position_view(self, valuestring: bytes) -> memoryview | list[int]:
        """The positions without copying them (for set operations in C)."""
        if _SWAP:
            return self.decode_positions(valuestring)
        return memoryview(valuestring)[2:].cast("I") if is_long(valuestring) else memoryview(valuestring).cast("H")

    def word_values(self, value: str, analyzer: Analyzer, **kwargs: object) -> Iterator[tuple[str, int, float, bytes]]:
        if not isinstance(analyzer, OnePassAnalyzer):
            yield from formats.Positions.word_values(self, value, analyzer, **kwargs)
            return
        boost = self.field_boost
        for term, positions in analyzer.positions(value).items():
            yield term, len(positions), len(positions) * boost, pack(positions)

    def encode(self, poslist: list[int]) -> bytes:
        return pack(list(poslist))

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return _unpack(valuestring).tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return _count(valuestring)

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost
