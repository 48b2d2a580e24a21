"""Search words in both of the archive's languages, and honest "did you mean" suggestions.

Testimonies are told in English and in Swahili, and people search in either: "pasipoti"
should find the English testimonies about passports, and "passport" the Swahili ones. The
small bilingual list below covers the archive's domain; a query word found in it is
expanded at query time into an OR of its group (`(pasipoti OR passport)`), which the
index's own parser and analyzers then treat like any word typed (the index is untouched).

A spelling suggestion is offered only when the search found nothing, and only when every
word it changes becomes a dictionary word (English or Swahili, never a name) of at least
four letters: "Did you mean: am" for a name helps nobody.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from haart_archive.redaction.gazetteer import fold, gazetteer
from haart_archive.search.index import SearchResults
from haart_archive.search.queries import plain_words

# Swahili words and the English words of the same meaning, for the archive's domain. A query
# word is expanded only into the words of the other language: English searches of English
# texts find what they found before, and each language's words find the other's texts.
SYNONYM_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("pasipoti",), ("passport",)),
    (("wakala", "mawakala"), ("agent", "agents", "broker")),
    (("mshahara", "malipo"), ("salary", "wages", "pay")),
    (("mwajiri", "waajiri"), ("employer", "employers")),
    (("kazi",), ("work", "job")),
    (("deni", "madeni"), ("debt", "debts")),
    (("ubalozi",), ("embassy",)),
    (("polisi",), ("police",)),
    (("safari",), ("journey", "travel")),
    (("ndege",), ("flight", "plane")),
    (("simu",), ("phone",)),
    (("chakula",), ("food",)),
    (("njaa",), ("hunger", "hungry")),
    (("mtoto", "watoto"), ("child", "children")),
    (("hati", "nyaraka"), ("documents", "document")),
    (("kitambulisho",), ("identity card",)),
    (("viza",), ("visa",)),
    (("mkataba",), ("contract",)),
    (("ahadi",), ("promise", "promised")),
    (("udanganyifu",), ("deception", "deceived", "lied")),
    (("utumwa",), ("slavery", "slave")),
    (("unyanyasaji", "dhuluma"), ("abuse", "abused")),
    (("kupigwa", "kipigo"), ("beaten", "beating")),
    (("ubakaji", "kubakwa"), ("rape", "raped")),
    (("ukahaba",), ("prostitution",)),
    (("kufungiwa",), ("locked",)),
    (("kutoroka", "alitoroka"), ("escape", "escaped")),
    (("hospitali",), ("hospital",)),
    (("mgonjwa", "ugonjwa"), ("sick", "illness")),
    (("mfanyakazi", "wafanyakazi"), ("worker", "workers")),
    (("uvuvi",), ("fishing",)),
    (("shamba", "mashamba"), ("farm",)),
    (("usafirishaji",), ("trafficking", "trafficked")),
)
_MAX_TERMS = 6  # expansions per query word (keeps queries small)
_TOKEN = re.compile(r'"[^"]*"|\S+')
_BARE = re.compile(r"^(\(*)([^\W\d_]+)(\)*)$")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}


@cache
def _translations() -> dict[str, tuple[str, ...]]:
    by_word: dict[str, tuple[str, ...]] = {}
    for swahili, english in SYNONYM_GROUPS:
        for word in swahili:
            by_word.setdefault(word, english)
        for word in english:
            by_word.setdefault(word, swahili)
    return by_word


def synonyms(word: str) -> tuple[str, ...]:
    """The words of the other language with `word`'s meaning (empty when none are listed)."""
    return _translations().get(word.casefold(), ())


def expand_query(text: str) -> tuple[str, dict[str, str]]:
    """The query with each bare word of the list replaced by an OR of its group; and, for
    putting a suggestion back into the words typed, each group as written -> the word."""
    expansions: dict[str, str] = {}

    def expand(match: re.Match) -> str:
        token = match.group(0)
        bare = _BARE.match(token)
        if token.startswith('"') or bare is None or bare.group(2) in _OPERATORS:
            return token
        opening, word, closing = bare.groups()
        others = synonyms(word)
        if not others:
            return token
        terms = [word, *(f'"{other}"' if " " in other else other for other in others)][:_MAX_TERMS]
        group = "(" + " OR ".join(terms) + ")"
        expansions[group] = word
        return opening + group + closing

    return _TOKEN.sub(expand, text), expansions


def honest_suggestion(results: SearchResults, typed: str, expansions: dict[str, str]) -> SearchResults:
    """Results whose suggestion is kept only when it helps (see the module's docstring)."""
    suggestion = results.suggestion
    if suggestion is None:
        return results
    if results.total > 0:
        return replace(results, suggestion=None)
    for group, word in expansions.items():
        if group not in suggestion:
            return replace(results, suggestion=None)
        suggestion = suggestion.replace(group, word)
    before, after = plain_words(typed), plain_words(suggestion)
    if len(before) != len(after) or suggestion == typed:
        return replace(results, suggestion=None)
    if not all(old == new or is_dictionary_word(new) for old, new in zip(before, after, strict=True)):
        return replace(results, suggestion=None)
    return replace(results, suggestion=suggestion)


def is_dictionary_word(word: str) -> bool:
    """An ordinary English or Swahili word of four letters or more that is not a name."""
    folded = fold(word)
    return len(folded) >= 4 and folded in _dictionary()


@cache
def _dictionary() -> frozenset[str]:
    gaz = gazetteer()
    words = gaz.english | gaz.swahili | gaz.common | gaz.nouns
    words |= {word for pair in SYNONYM_GROUPS for group in pair for word in group if " " not in word}
    return frozenset(words - gaz.names - gaz.ambiguous - frozenset(gaz.places.keys()))


def years_in_order(results: SearchResults) -> SearchResults:
    """The year facet ordered by year, newest first (the index counts it most frequent first)."""
    if "year" not in results.facets:
        return results
    facets = dict(results.facets)
    facets["year"] = sorted(facets["year"], key=lambda pair: str(pair[0]), reverse=True)
    return replace(results, facets=facets)
