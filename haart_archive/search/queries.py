"""Turning what a user types into a Whoosh query, with Whoosh's own parser and plugins.

Supported: words (all must match), "phrases", AND / OR / NOT, groups, field queries
(`county:Kilifi`, `exploitation:forced_labour`, `title:agent`, `people:Wanjiku` in the
story index), fuzzy terms (`Mombasa~`, `Mombasa~2`), prefixes and wildcards
(`recruit*`), date ranges (`told:2019`, `told:[2019 to 2021]`, `event:>2020-03`).

The fields `title` and `body` are each split in two (stemmed English, unstemmed
Swahili and mixed); `_SplitFieldPlugin` makes `title:x` search both halves.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from whoosh import formats, matching, qparser, query, scoring
from whoosh.qparser import dateparse, syntax
from whoosh.reading import SegmentReader
from whoosh.searching import SearchContext, Searcher

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.search.analysis import code_form
from haart_archive.search.formats import PackedPositions
from haart_archive.search.phrases import phrase_docs, term_places
from haart_archive.search.postings import field_lengths, postings, term_bytes
from haart_archive.search.schema import FILTER_FIELDS, Tier

if TYPE_CHECKING:
    from haart_archive.search.docsets import MatchingDocs
    from haart_archive.search.phrases import PlacesCache

SPLIT_FIELDS = {
    "title": ("title_en", "title_sw"),
    "body": ("body_en", "body_sw"),
    "text": ("title_en", "title_sw", "body_en", "body_sw"),
}
FIELD_ALIASES = {
    "indicator": ["indicators", "ilo"],
    "exploitation": ["form", "forms"],
    "sector": ["sectors"],
    "route": ["routes"],
    "push_factor": ["push", "push_factors"],
    "consent": ["consent_state"],
    "told": ["date", "told_on"],
    "events": ["event", "event_date", "event_dates"],
}
PEOPLE_ALIASES = {"people": ["person", "name", "names"]}
MAX_QUERY_CHARS = 1000


def default_fields(tier: Tier) -> list[str]:
    """Fields searched by words that name no field."""
    names = ["title_en", "title_sw", "body_en", "body_sw"]
    return [*names, "people"] if tier is Tier.STORY else names


class _SplitFieldPlugin(qparser.Plugin):
    """Makes `title:x` search title_en and title_sw (likewise `body:` and `text:`)."""

    def filters(self, parser):
        # After explicit field names are applied (100), before the multifield plugin (110).
        return [(self.split_fields, 105)]

    def split_fields(self, parser, group):
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self.split_fields(parser, node)
            elif node.has_fieldname and node.fieldname in SPLIT_FIELDS:
                copies = []
                for fieldname in SPLIT_FIELDS[node.fieldname]:
                    twin = copy.copy(node)
                    twin.set_fieldname(fieldname, override=True)
                    copies.append(twin)
                group[i] = syntax.OrGroup(copies)
        return group


def build_parser(schema, tier: Tier) -> qparser.QueryParser:
    """Whoosh's query parser with the plugins the archive's users expect."""
    parser = qparser.QueryParser(None, schema, group=qparser.AndGroup)
    aliases = {**FIELD_ALIASES, **(PEOPLE_ALIASES if tier is Tier.STORY else {})}
    parser.add_plugins(
        [
            qparser.FieldAliasPlugin(aliases),
            _SplitFieldPlugin(),
            qparser.MultifieldPlugin(default_fields(tier)),
            qparser.FuzzyTermPlugin(),
            qparser.GtLtPlugin(),
            dateparse.DateParserPlugin(free=False),
        ]
    )
    return parser


def parse(parser: qparser.QueryParser, text: str) -> query.Query:
    """Parse leniently; raise `InvalidInput` (never a traceback) if it cannot be parsed."""
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidInput(Message(
            "A search can be at most {max_query_chars} characters long.",
            max_query_chars=MAX_QUERY_CHARS,
        ))
    if not text.strip():
        return query.Every()
    try:
        parsed = parser.parse(text)
    except Exception:  # Whoosh's parser raises a zoo of types on odd input
        raise InvalidInput(
            Message(
                "The search could not be understood; check quotes and brackets.",
            )
        ) from None
    return with_adjacent_phrases(parsed)


class AdjacentPhrase(query.Phrase):
    """An exact phrase matched by set arithmetic on word positions.

    Whoosh's own phrase matcher builds span objects in Python for every document that
    holds all the words. Here each word's posting list is read whole, block by block
    (`postings.postings`), the documents holding every word are intersected as sets, and
    a document matches when some position p of the first word has word i at p + i (set
    intersections in C). Same documents as Whoosh; the score of a match is the sum of
    its words' BM25F scores. The result is kept for the searcher's segment, so the set
    of matches (for the total and facets) and the ranking of the page share one pass.
    Other slops keep Whoosh's matcher.
    """

    def _fast(self, reader: SegmentReader) -> bool:
        return (
            self.slop == 1
            and len(self.words) >= 2
            and self.fieldname in reader.schema
            and reader.schema[self.fieldname].format.supports("positions")
        )

    def matcher(self, searcher: Searcher, context: SearchContext | None = None) -> matching.Matcher:
        reader = searcher.reader()
        if not self._fast(reader):
            return super().matcher(searcher, context)
        weighting = context.weighting if context is not None else searcher.weighting
        ids, scores = self._hits(reader, searcher if weighting is not None else None, weighting)
        if not ids:
            return matching.NullMatcher()
        return _ScoredList(ids, weights=scores)

    def matching_docs(self, docs: MatchingDocs) -> set[int]:
        """Global numbers of the matching documents (see `docsets`)."""
        found: set[int] = set()
        for leaf in docs.leaves:
            if not self._fast(leaf.reader):
                return set(docs.searcher.docs_for_query(query.Phrase(self.fieldname, self.words)))
            ids, _scores = self._hits(leaf.reader, None, None, docs.places_cache)
            found.update(doc + leaf.offset for doc in ids)
        return found

    def phrase_scores(self, docs: MatchingDocs) -> dict[int, float]:
        """Score of every matching document, by global number (see `ranking`)."""
        scores: dict[int, float] = {}
        searcher = docs.searcher
        for leaf in docs.leaves:
            ids, leaf_scores = self._hits(leaf.reader, searcher, searcher.weighting, docs.places_cache)
            scores.update(zip((doc + leaf.offset for doc in ids), leaf_scores, strict=True))
        return scores

    def _hits(self, reader: SegmentReader, searcher: Searcher | None, weighting: scoring.WeightingModel | None,
              places_cache: PlacesCache | None = None) -> tuple[list[int], list[float]]:
        """Matching segment-local ids, with scores when `weighting` is given; the match is
        computed once per segment and query, the scores once more if asked for."""
        cache = self.__dict__.setdefault("_cache", {})
        found = cache.get(id(reader))
        if found is None:
            found = cache[id(reader)] = self._match(reader, places_cache)
        ids, texts, lists = found
        if weighting is None or not ids:
            return ids, [1.0] * len(ids)
        scored = cache.get((id(reader), "scores"))
        if scored is None:
            scored = cache[(id(reader), "scores")] = self._scores(reader, searcher, weighting, texts, lists, ids)
        return ids, scored

    def _match(self, reader: SegmentReader, places_cache: PlacesCache | None) -> tuple[list[int], list, list]:
        texts = [term_bytes(reader, self.fieldname, word) for word in self.words]
        if any(text is None for text in texts):
            return [], [], []
        posting_format = reader.schema[self.fieldname].format
        if isinstance(posting_format, PackedPositions):
            places = [
                places_cache.get(reader, self.fieldname, text) if places_cache is not None
                else term_places(reader, self.fieldname, text)
                for text in texts
            ]
            if all(word is not None for word in places):
                return phrase_docs(places), texts, [(word.ids, word.weights) for word in places]
        lists = [postings(reader, self.fieldname, text) for text in texts]
        common = set(lists[0][0]).intersection(*(ids for ids, _w, _v in lists[1:]))
        ids = _adjacent_each([(ids, values) for ids, _w, values in lists], posting_format, common) if common else []
        return ids, texts, [(ids, weights) for ids, weights, _v in lists]

    def _scores(self, reader: SegmentReader, searcher: Searcher, weighting: scoring.WeightingModel,
                texts: list[bytes], lists: list[tuple[list[int], list[float]]], ids: list[int]) -> list[float]:
        """Sum of the words' BM25F scores for each matching document."""
        total = [0.0] * len(ids)
        lengths = field_lengths(reader, self.fieldname)
        for text, (word_ids, weights) in zip(texts, lists, strict=True):
            scorer = weighting.scorer(searcher, self.fieldname, text)
            weight_of = dict(zip(word_ids, weights, strict=True))
            if isinstance(scorer, scoring.BM25FScorer) and lengths is not None:
                idf, k1, b, avgfl = scorer.idf, scorer.K1, scorer.B, scorer.avgfl
                scores = [
                    idf * (w * (k1 + 1)) / (w + k1 * ((1 - b) + b * (lengths[doc] or 1) / avgfl))
                    for doc, w in ((doc, weight_of[doc]) for doc in ids)
                ]
            else:
                scores = [scorer._score(weight_of[doc], scorer.dfl(doc)) for doc in ids]
            total = [a + b for a, b in zip(total, scores, strict=True)]
        return [score * self.boost for score in total]


def _adjacent_each(words: list[tuple[list[int], list[bytes]]], posting_format: formats.Format,
                   common: set[int]) -> list[int]:
    """Documents where word i is at p + i for some p, document by document, for any
    positions format (see `phrases` for the fast way on packed positions)."""
    decode = getattr(posting_format, "position_view", None) or posting_format.decoder("positions")
    places = [dict(zip(ids, values, strict=True)) for ids, values in words]
    shifts = [(-offset).__add__ for offset in range(len(places))]
    found = []
    for doc in sorted(common):
        starts = set(decode(places[0][doc]))
        for offset in range(1, len(places)):
            starts.intersection_update(map(shifts[offset], decode(places[offset][doc])))
            if not starts:
                break
        else:
            found.append(doc)
    return found


class _ScoredList(matching.ListMatcher):
    """Whoosh's list matcher, remembering its best score: Whoosh's top-N collector asks
    for it every few documents, and the list matcher would scan all its scores each time."""

    def __init__(self, ids: list[int], weights: list[float]):
        super().__init__(ids, weights=weights)
        self._best = max(weights)

    def block_max_weight(self) -> float:
        return self._best

    def copy(self) -> _ScoredList:
        clone = _ScoredList(self._ids, self._weights)
        clone._i = self._i
        return clone


def with_adjacent_phrases(node: query.Query) -> query.Query:
    """The parsed query with every exact phrase matched by `AdjacentPhrase`."""
    if type(node) is query.Phrase:
        return AdjacentPhrase(node.fieldname, node.words, slop=node.slop, boost=node.boost,
                              char_ranges=node.char_ranges)
    if node.is_leaf():
        return node
    return node.apply(with_adjacent_phrases)


def build_filter(filters: dict[str, list[str]] | None) -> query.Query | None:
    """Facet filters: values of one facet are OR-ed, different facets AND-ed."""
    clauses = []
    for facet, values in (filters or {}).items():
        if facet not in FILTER_FIELDS:
            raise InvalidInput(Message(
                "'{facet}' is not something search results can be filtered by.",
                facet=facet,
            ))
        terms = [query.Term(FILTER_FIELDS[facet], code_form(v)) for v in values if code_form(v)]
        if terms:
            clauses.append(query.Or(terms))
    return query.And(clauses) if clauses else None


_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
_WORD = re.compile(r"[^\W\d_]{3,}")


def plain_words(text: str) -> list[str]:
    """Words of a query that a spelling suggestion may replace (no syntax, no fields)."""
    words = []
    for chunk in re.split(r"[\s()\"]+", text):
        if not chunk or chunk in _OPERATORS or any(c in chunk for c in ":*?~[]{}^<>="):
            continue
        words.extend(_WORD.findall(chunk))
    return words
