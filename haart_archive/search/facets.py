"""Facet counts over a result set: how many hits fall under each value of a facet.

Facet fields hold few distinct values (47 counties, a dozen forms of exploitation,
a decade of years), so the document set of every value is read once per searcher
and each search only intersects sets.
"""

from __future__ import annotations

from haart_archive.search.schema import FACET_FIELDS


class FacetCounter:
    """Counts facet values for document sets of one searcher."""

    def __init__(self, searcher):
        self._searcher = searcher
        self._postings: dict[str, list[tuple[str, frozenset[int]]]] = {}

    def counts(self, docset: set[int]) -> dict[str, list[tuple[str, int]]]:
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
        if fieldname not in self._postings:
            reader = self._searcher.reader()
            values = []
            for term in reader.lexicon(fieldname):
                docs = frozenset(self._searcher.postings(fieldname, term).all_ids())
                if docs:
                    values.append((term.decode("utf-8"), docs))
            self._postings[fieldname] = values
        return self._postings[fieldname]
