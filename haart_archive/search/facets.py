"""Facet counts over a result set, and the date column for sorting by date.

Facet fields hold few distinct values (47 counties, a dozen forms of exploitation,
a decade of years), so the document set of every value is read once per searcher
(whole posting lists, see `postings.py`) and each search only intersects sets.
"""

from __future__ import annotations

import threading

from whoosh.searching import Searcher

from haart_archive.search.postings import doc_ids, leaves
from haart_archive.search.schema import FACET_FIELDS

DATE_FIELD = "told"


class FacetCounter:
    """Counts facet values for document sets of one searcher."""

    def __init__(self, searcher: Searcher):
        self._searcher = searcher
        self._postings: dict[str, list[tuple[str, frozenset[int]]]] = {}
        self._lock = threading.Lock()

    def counts(self, docset: set[int] | frozenset[int]) -> dict[str, list[tuple[str, int]]]:
        """For each facet, (value, count) pairs with count > 0, most frequent first."""
        counted = {}
        for facet, fieldname in FACET_FIELDS.items():
            pairs = [(value, len(docs & docset)) for value, docs in self._value_docs(fieldname)]
            counted[facet] = sorted(
                ((value, count) for value, count in pairs if count),
                key=lambda pair: (-pair[1], pair[0]),
            )
        return counted

    def _value_docs(self, fieldname: str) -> list[tuple[str, frozenset[int]]]:
        with self._lock:
            if fieldname not in self._postings:
                self._postings[fieldname] = self._read(fieldname)
            return self._postings[fieldname]

    def _read(self, fieldname: str) -> list[tuple[str, frozenset[int]]]:
        found: dict[bytes, set[int]] = {}
        for leaf in leaves(self._searcher):
            if fieldname not in leaf.reader.schema:
                continue
            for term in leaf.reader.lexicon(fieldname):
                ids = doc_ids(leaf.reader, fieldname, term)
                found.setdefault(term, set()).update(doc + leaf.offset for doc in ids)
        return [(term.decode("utf-8"), frozenset(docs)) for term, docs in sorted(found.items()) if docs]


class DateColumn:
    """The date each document was told, as sortable numbers by document number."""

    def __init__(self, searcher: Searcher):
        self._searcher = searcher
        self._values: list[int] | None = None
        self._lock = threading.Lock()

    def values(self) -> list[int]:
        """Sort keys by global document number (0 where a document has no date)."""
        with self._lock:
            if self._values is None:
                values: list[int] = []
                for leaf in leaves(self._searcher):
                    if leaf.reader.has_column(DATE_FIELD):
                        column = leaf.reader.column_reader(DATE_FIELD, translate=False)
                        values.extend(value or 0 for value in column)
                    else:
                        values.extend([0] * leaf.doc_count)
                self._values = values
            return self._values
