"""Posting formats for the text fields: word places packed as arrays, read in C.

Whoosh's `Positions` and `Characters` formats pickle a list of deltas per posting and
decode it in a Python loop, once per occurrence; at 50,000 testimonies that loop is
most of a phrase query, and encoding is a large part of a rebuild. These formats keep
the same information (the word's positions, and for bodies its character ranges) as
one array of unsigned 32-bit integers, absolute rather than delta-coded, so encoding
is one `array` call and decoding is slicing. Postings blocks are zlib-compressed by the
codec anyway, which takes back most of the space deltas would have saved.
"""

from __future__ import annotations

import sys
from array import array

from whoosh import formats

from haart_archive.search.analysis import OnePassAnalyzer

_SWAP = sys.byteorder != "little"  # files are little-endian on every machine


def _pack(numbers: list[int]) -> bytes:
    packed = array("I", numbers)
    if _SWAP:
        packed.byteswap()
    return packed.tobytes()


def _unpack(value: bytes) -> array:
    numbers = array("I")
    numbers.frombytes(value)
    if _SWAP:
        numbers.byteswap()
    return numbers


class PackedPositions(formats.Positions):
    """Frequency, weight and positions; a value is the positions as uint32."""

    def word_values(self, value, analyzer, **kwargs):  # noqa: ANN001, ANN201 - Whoosh's API
        if not isinstance(analyzer, OnePassAnalyzer):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        for term, places in analyzer.places(value).items():
            positions = places[0::3]
            yield term, len(positions), len(positions) * boost, _pack(positions)

    def encode(self, poslist: list[int]) -> bytes:
        return _pack(list(poslist))

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return _unpack(valuestring).tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return len(valuestring) // 4

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost


class PackedCharacters(formats.Characters):
    """Frequency, weight, positions and character ranges; a value is (position, start,
    end) triples as uint32, so highlighting needs no re-analysis."""

    def word_values(self, value, analyzer, **kwargs):  # noqa: ANN001, ANN201 - Whoosh's API
        if not isinstance(analyzer, OnePassAnalyzer):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        for term, places in analyzer.places(value).items():
            count = len(places) // 3
            yield term, count, count * boost, _pack(places)

    def encode(self, poslist: list[tuple[int, int, int]]) -> bytes:
        return _pack([number for place in poslist for number in place])

    def decode_characters(self, valuestring: bytes) -> list[tuple[int, int, int]]:
        numbers = _unpack(valuestring)
        return list(zip(numbers[0::3], numbers[1::3], numbers[2::3], strict=True))

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return _unpack(valuestring)[0::3].tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return len(valuestring) // 12

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost
