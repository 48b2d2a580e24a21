"""Which documents match a query, as a set, without scoring any of them.

A search needs every match (for the total and the facet counts) but scores only to rank
one page. Whoosh gets the set by stepping its scoring matchers through every document;
here words are read as whole posting lists (`postings.weighted_ids`) and combined with set
operations in C: OR is a union, AND an intersection, NOT a difference. Prefixes, fuzzy
terms and date ranges are the union of the terms they expand to. Anything else falls
back to Whoosh's own matcher.

`for_ranking` then hands Whoosh a query for the page of hits in which nothing is
expanded twice: a prefix or fuzzy term becomes the OR of the words it was found to
match (ranked by BM25F as Whoosh ranks it), a date range its known set of documents
(constant score).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from whoosh import matching, query
from whoosh.reading import IndexReader, SegmentReader
from whoosh.searching import SearchContext, Searcher

from haart_archive.search.phrases import PlacesCache
from haart_archive.search.postings import Leaf, leaves, term_bytes, weighted_ids


class MatchingDocs:
    """Document sets of the queries of one search, on one searcher."""

    def __init__(self, searcher: Searcher, places_cache: PlacesCache | None = None):
        self.searcher = searcher
        self.places_cache = places_cache  # decoded word positions, kept per searcher
        self.leaves = leaves(searcher)
        self._known: dict[int, frozenset[int]] = {}
        self._nodes: list[query.Query] = []  # keeps the nodes alive while ids are keys
        self.expansions: dict[int, set[bytes]] = {}  # id of a prefix or fuzzy node -> words
        self._postings: dict[tuple[int, str, bytes], tuple[list[int], list[float]]] = {}

    def postings(self, leaf: Leaf, fieldname: str, btext: bytes) -> tuple[list[int], list[float]]:
        """A term's segment-local ids and weights, read once per search."""
        key = (leaf.offset, fieldname, btext)
        found = self._postings.get(key)
        if found is None:
            found = self._postings[key] = weighted_ids(leaf.reader, fieldname, btext)
        return found

    def of(self, node: query.Query) -> frozenset[int]:
        """Global document numbers matching `node` (deleted documents left out)."""
        known = self._known.get(id(node))
        if known is None:
            known = frozenset(self._compute(node))
            self._known[id(node)] = known
            self._nodes.append(node)
        return known

    def _compute(self, node: query.Query) -> set[int] | frozenset[int]:
        kind = type(node)
        if kind is query.Term:
            return self._term(node.fieldname, node.text)
        if (kind is query.Or and getattr(node, "minmatch", 0) <= 1) or kind is query.DisjunctionMax:
            return set().union(*(self.of(child) for child in node.subqueries))
        if kind is query.And:
            return _intersection([self.of(child) for child in node.subqueries])
        if kind is query.AndNot:
            return self.of(node.a) - self.of(node.b)
        if kind is query.AndMaybe:
            return self.of(node.a)
        if kind is query.Not:
            return self.every() - self.of(node.query)
        if kind is query.Every:
            return self.every()
        if kind is query.ConstantScoreQuery:  # a compiled date range: OR of term ranges
            return self.of(node.child)
        if node is query.NullQuery:
            return set()
        if hasattr(node, "matching_docs"):  # AdjacentPhrase
            return node.matching_docs(self)
        if isinstance(node, query.MultiTerm) and not isinstance(node, query.Term):
            return self._expanded(node)
        if isinstance(node, query.NumericRange):
            return self.of(node._compile_query(self.searcher.reader()))
        return set(self.searcher.docs_for_query(node))

    def _term(self, fieldname: str, text: str | bytes) -> set[int]:
        found: set[int] = set()
        for leaf in self.leaves:
            btext = term_bytes(leaf.reader, fieldname, text)
            if btext is not None:
                found.update(_shifted(self.postings(leaf, fieldname, btext)[0], leaf.offset))
        return found

    def _expanded(self, node: query.MultiTerm) -> set[int]:
        fieldname = node.field()
        found: set[int] = set()
        words = self.expansions.setdefault(id(node), set())
        for leaf in self.leaves:
            if fieldname not in leaf.reader.schema:
                continue
            for text in node._btexts(leaf.reader):  # bytes, or str for fuzzy terms
                btext = term_bytes(leaf.reader, fieldname, text) if text else None
                if btext is not None:
                    words.add(btext)
                    found.update(_shifted(self.postings(leaf, fieldname, btext)[0], leaf.offset))
        return found

    def every(self) -> frozenset[int]:
        """Every document that is not deleted."""
        known = self._known.get(0)
        if known is None:
            found: set[int] = set()
            for leaf in self.leaves:
                local = set(range(leaf.doc_count))
                if leaf.reader.has_deletions():
                    local -= leaf.reader.deleted_docs_set
                found.update(_shifted(local, leaf.offset))
            known = self._known[0] = frozenset(found)
        return known

    def local(self, docs: frozenset[int], leaf_reader: SegmentReader) -> list[int]:
        """The members of `docs` in the segment of `leaf_reader`, as its own numbers, sorted."""
        leaf = next(each for each in self.leaves if each.reader is leaf_reader)
        end = leaf.offset + leaf.doc_count
        return sorted(doc - leaf.offset for doc in docs if leaf.offset <= doc < end)


def for_ranking(node: query.Query, docs: MatchingDocs) -> query.Query:
    """`node` with every expanding leaf replaced by what it expanded to (see module)."""
    if isinstance(node, query.NumericRange):
        return KnownDocs(docs, docs.of(node), node.boost)
    if id(node) in docs.expansions:
        fieldname = node.field()
        words = sorted(docs.expansions[id(node)])
        terms = [query.Term(fieldname, word, boost=node.boost) for word in words]
        return terms[0] if len(terms) == 1 else query.Or(terms) if terms else query.NullQuery
    if node.is_leaf():
        return node
    return node.apply(lambda child: for_ranking(child, docs))


class KnownDocs(query.Query):
    """A constant-score leaf whose documents are already known."""

    def __init__(self, docs: MatchingDocs, members: frozenset[int], boost: float = 1.0):
        self._docs = docs
        self._members = members
        self.boost = boost

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KnownDocs) and other._members is self._members and other.boost == self.boost

    def __hash__(self) -> int:
        return id(self._members)

    def __repr__(self) -> str:
        return f"KnownDocs({len(self._members)} documents)"

    def is_leaf(self) -> bool:
        return True

    def terms(self, phrases: bool = False) -> Iterator[tuple[str, bytes]]:
        return iter(())

    def estimate_size(self, ixreader: IndexReader) -> int:
        return len(self._members)

    def docs(self, searcher: Searcher) -> Iterator[int]:
        return iter(self._docs.local(self._members, searcher.reader()))

    def matcher(self, searcher: Searcher, context: SearchContext | None = None) -> matching.Matcher:
        ids = self._docs.local(self._members, searcher.reader())
        if not ids:
            return matching.NullMatcher()
        return matching.ListMatcher(ids, all_weights=self.boost)


def _intersection(sets: list[frozenset[int]]) -> frozenset[int]:
    if not sets:
        return frozenset()
    ordered = sorted(sets, key=len)
    result = ordered[0]
    for other in ordered[1:]:
        if not result:
            break
        result = result & other
    return result


def _shifted(ids: Iterable[int], offset: int) -> Iterable[int]:
    return ids if offset == 0 else map(offset.__add__, ids)


__all__ = ["KnownDocs", "Leaf", "MatchingDocs", "for_ranking"]
