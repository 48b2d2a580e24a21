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

from whoosh import matching, qparser, query
from whoosh.qparser import dateparse, syntax

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.search.analysis import code_form
from haart_archive.search.schema import FILTER_FIELDS, Tier

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
    holds all the words; here the words' postings are intersected and, for each such
    document, the phrase is present when some start position p has word i at p + i. Same
    documents, same scores (the sum of the words' scores), several times faster on long
    testimonies. Other slops keep Whoosh's matcher.
    """

    def matcher(self, searcher, context=None):  # noqa: ANN001, ANN201 - Whoosh's API
        if self.slop != 1 or len(self.words) < 2 or self.fieldname not in searcher.schema:
            return super().matcher(searcher, context)
        words = [query.Term(self.fieldname, word) for word in self.words]
        field = searcher.schema[self.fieldname]
        reader = searcher.reader()
        for word in self.words:
            try:
                present = (self.fieldname, field.to_bytes(word)) in reader
            except ValueError:
                present = False
            if not present:
                return matching.NullMatcher()
        term_matchers = [term.matcher(searcher, context) for term in words]
        both = term_matchers[0]
        for other in term_matchers[1:]:
            both = matching.IntersectionMatcher(both, other)
        weighting = context.weighting if context is not None else searcher.weighting
        ids, scores = [], []
        while both.is_active():
            if _adjacent([m.value_as("positions") for m in term_matchers]):
                ids.append(both.id())
                scores.append(both.score() * self.boost if weighting is not None else 1.0)
            both.next()
        return matching.ListMatcher(ids, weights=scores) if ids else matching.NullMatcher()


def _adjacent(positions: list[list[int]]) -> bool:
    starts = set(positions[0])
    for offset, later in enumerate(positions[1:], start=1):
        starts.intersection_update(p - offset for p in later)
        if not starts:
            return False
    return True


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
