"""Relevance scores for every match at once, from whole posting lists.

Whoosh ranks by stepping a tree of matchers through the documents, several Python calls
per document and query word; with tens of thousands of matches that is most of a
search. The score Whoosh gives is simple to state: a word scores BM25F in a document
(from its weight and the document's field length), OR and AND add their parts' scores,
AND NOT and AND MAYBE take their first part's (plus the second's where it matches), a
query's boost multiplies; a prefix or fuzzy term scores as the OR of the words it
matched, a date range a constant. `Ranker` computes exactly that for all matches, one posting
list at a time, and the search takes the top of it. Query shapes it does not know (and
weightings other than BM25F) return None, and Whoosh ranks them itself.
"""

from __future__ import annotations

from whoosh import query, scoring

from haart_archive.search.docsets import KnownDocs, MatchingDocs
from haart_archive.search.postings import field_lengths, term_bytes

Scores = dict[int, float]


class Ranker:
    """BM25F scores of the documents matching a query, by global document number."""

    def __init__(self, docs: MatchingDocs):
        self._docs = docs
        self._searcher = docs.searcher
        self._weighting = docs.searcher.weighting

    def scores(self, node: query.Query) -> Scores | None:
        """Scores of `node` for every document it matches, or None if not computable."""
        if not isinstance(self._weighting, scoring.BM25F):
            return None
        try:
            return self._scores(node)
        except _Unsupported:
            return None

    def _scores(self, node: query.Query) -> Scores:
        kind = type(node)
        if kind is query.Term:
            return self._term(node.fieldname, node.text, node.boost)
        if kind is query.Or and getattr(node, "minmatch", 0) <= 1 and getattr(node, "scale", None) is None:
            return _boosted(_sum([self._scores(child) for child in node.subqueries]), node.boost)
        if kind is query.And:
            parts = [self._scores(child) for child in node.subqueries]
            common = self._docs.of(node)
            return _boosted({doc: sum(part[doc] for part in parts) for doc in common}, node.boost)
        if kind is query.AndNot:
            kept = self._docs.of(node)
            first = self._scores(node.a)
            return _boosted({doc: first[doc] for doc in kept}, node.boost)
        if kind is query.AndMaybe:
            first, second = self._scores(node.a), self._scores(node.b)
            return _boosted({doc: score + second.get(doc, 0.0) for doc, score in first.items()}, node.boost)
        if id(node) in self._docs.expansions:  # a prefix or fuzzy term: the words it matched
            words = sorted(self._docs.expansions[id(node)])
            return _sum([self._term(node.field(), word, node.boost) for word in words])
        if isinstance(node, query.NumericRange):  # constant score, as in Whoosh
            return dict.fromkeys(self._docs.of(node), node.boost)
        if hasattr(node, "phrase_scores"):  # AdjacentPhrase
            return node.phrase_scores(self._docs)
        if kind is KnownDocs or kind is query.Every:
            return dict.fromkeys(self._docs.of(node), node.boost)
        if node is query.NullQuery:
            return {}
        raise _Unsupported

    def _term(self, fieldname: str, text: str | bytes, boost: float) -> Scores:
        found: Scores = {}
        for leaf in self._docs.leaves:
            btext = term_bytes(leaf.reader, fieldname, text)
            if btext is None:
                continue
            lengths = field_lengths(leaf.reader, fieldname)
            scorer = self._weighting.scorer(self._searcher, fieldname, btext)
            if lengths is None or not isinstance(scorer, scoring.BM25FScorer):
                raise _Unsupported
            ids, weights = self._docs.postings(leaf, fieldname, btext)
            idf, k1, b, avgfl = scorer.idf, scorer.K1, scorer.B, scorer.avgfl
            factor = idf * (k1 + 1) * boost
            offset = leaf.offset
            found.update(
                (doc + offset, factor * w / (w + k1 * ((1 - b) + b * (lengths[doc] or 1) / avgfl)))
                for doc, w in zip(ids, weights, strict=True)
            )
        return found


class _Unsupported(Exception):
    """A query shape the ranker does not score; Whoosh ranks it."""


def _sum(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len, reverse=True)
    if not parts:
        return {}
    total = dict(parts[0])
    for part in parts[1:]:
        get = total.get
        total.update((doc, get(doc, 0.0) + score) for doc, score in part.items())
    return total


def _boosted(scores: Scores, boost: float) -> Scores:
    if boost == 1.0:
        return scores
    return {doc: score * boost for doc, score in scores.items()}
