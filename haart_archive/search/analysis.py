"""Analysers for English, Swahili and mixed testimonies, names and vocabulary codes.

- English text is stemmed (Porter) after case and accent folding, with English stop words.
- Swahili and mixed text is never stemmed: an English stemmer mangles Swahili words
  (and mixed text cannot be split by language reliably); both stop lists apply.
- Names keep every token (no stop words, no stemming) so that 'Wanjiku' stays searchable.
- Codes (county, tags, language, consent state) fold 'Homa Bay', 'homa-bay' and
  'homa_bay' to one token, so `county:"Homa Bay"` and `county:homa_bay` agree.
"""

from __future__ import annotations

import re

from whoosh.analysis import (
    STOP_WORDS,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
)
from whoosh.analysis.acore import Token
from whoosh.analysis.analyzers import Analyzer
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

# Function words of Swahili that carry no meaning for search: conjunctions, the
# associative -a forms, common pronouns, prepositions and auxiliaries.
_SWAHILI_STOP_LIST = """
    na ya wa la za cha vya kwa katika ni si kama lakini au pia tu hata ili kwamba
    hiyo hii huyu yule ile hilo hicho kile kwenye hapo hapa huko pale kule mimi wewe
    yeye sisi ninyi wao yangu yako yake yetu yenu yao wangu wako wake wetu wenu
    ambaye ambao ambayo ambalo ambacho ambavyo ambapo ambako kuwa kwamba bado sana
    tena baada kabla mpaka hadi ndani nje juu chini kati pamoja bila basi ndiyo
    hapana je nini nani wapi lini vipi gani ila ama wala hivyo hivi
"""
SWAHILI_STOP_WORDS = frozenset(_SWAHILI_STOP_LIST.split())

# Whoosh's English stop list, which its query-side analysis also uses.
ENGLISH_STOP_WORDS = frozenset(STOP_WORDS)

ENGLISH_WORD_PATTERN = r"\w+(?:\.\w+)*"
# Swahili keeps the apostrophe inside words such as ng'ombe.
SWAHILI_WORD_PATTERN = r"\w+(?:[.'’]\w+)*"


def english_analyzer() -> Analyzer:
    """Tokenise, fold case and accents, drop English stop words, Porter-stem."""
    return OnePassAnalyzer(ENGLISH_WORD_PATTERN, ENGLISH_STOP_WORDS, stem=True)


def swahili_analyzer() -> Analyzer:
    """Tokenise, fold case and accents, drop Swahili and English stop words; no stemming."""
    return OnePassAnalyzer(
        SWAHILI_WORD_PATTERN, SWAHILI_STOP_WORDS | ENGLISH_STOP_WORDS, stem=False
    )


STEM_CACHE_WORDS = 200_000


class _StemCache(dict):
    """Porter stems of the words seen lately; `map(_stem, words)` runs in C for known
    words. Emptied when it reaches `STEM_CACHE_WORDS` (its memory stays bounded)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= STEM_CACHE_WORDS:
            self.clear()
        stemmed = self[word] = porter_stem(word)
        return stemmed


_stem = _StemCache().__getitem__


class OnePassAnalyzer(Analyzer):
    """A text analyser that analyses each indexed text once, not twice.

    Whoosh analyses a body once for its postings and again for a spelling or vector
    pass; this analyser remembers the tokens of the last text it indexed and replays
    them. Case and accents are folded on the whole text in one step (when folding keeps
    its length, so character offsets stay true), then one regular expression finds the
    words; queries go through the very same function. Stop words are dropped and
    positions renumbered, as Whoosh's `StopFilter` does. The memory is never pickled.
    """

    def __init__(self, pattern: str, stop_words: frozenset[str], stem: bool):
        self.pattern = pattern
        self.stop_words = frozenset(stop_words)
        self.stem = stem
        self._build()

    def _build(self) -> None:
        self._regex = re.compile(self.pattern)
        self._memory: tuple[str, list[tuple[str, str, int, int, int]]] | None = None

    def __getstate__(self):
        return {"pattern": self.pattern, "stop_words": self.stop_words, "stem": self.stem}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._build()

    def __eq__(self, other):
        return isinstance(other, OnePassAnalyzer) and self.__getstate__() == other.__getstate__()

    def __hash__(self):
        return hash((self.pattern, self.stem))

    def has_morph(self) -> bool:
        return self.stem

    def __call__(self, value, no_morph=False, mode="", **kwargs):
        memory = self._memory
        if memory is None or memory[0] is not value:
            memory = (value, self.words(value))
            if mode == "index":
                self._memory = memory
        token = Token(positions=True, chars=True, mode=mode)
        for surface, stemmed, pos, start, end in memory[1]:
            token.text = surface if no_morph else stemmed
            token.pos, token.startchar, token.endchar = pos, start, end
            token.boost, token.stopped = 1.0, False
            yield token

    def words(self, value: str) -> list[tuple[str, str, int, int, int]]:
        """(surface, stemmed, position, start char, end char) of each word kept."""
        folded = fold(value)
        if len(folded) != len(value):  # rare: folding changed lengths; fold word by word
            return self._words_slowly(value)
        stem = _stem if self.stem else str
        stops = self.stop_words
        kept = []
        for match in self._regex.finditer(folded):
            word = match.group()
            if len(word) > 1 and word not in stops:
                kept.append((word, stem(word), len(kept), match.start(), match.end()))
        return kept

    def positions(self, value: str) -> dict[str, list[int]]:
        """Each indexed term with the positions of its words: the whole analysis of a
        text when indexing. Words as `words` finds them, without their character ranges
        (found again in the few texts a search shows, see `spans`).

        Python touches each word only to group it: finding, filtering and stemming run
        in C (a list comprehension, `map` over the stem cache).
        """
        folded = fold(value)
        if len(folded) != len(value):
            grouped: dict[str, list[int]] = {}
            for _surface, term, position, _start, _end in self.words(value):
                grouped.setdefault(term, []).append(position)
            return grouped
        stops = self.stop_words
        kept = [word for word in self._regex.findall(folded) if word not in stops and len(word) > 1]
        if self.stem:
            kept = list(map(_stem, kept))
        grouped = {}
        get = grouped.get
        for position, term in enumerate(kept):
            found = get(term)
            if found is None:
                grouped[term] = [position]
            else:
                found.append(position)
        return grouped

    def spans(self, value: str, terms: set[str]) -> list[tuple[str, int, int]]:
        """(term, start, end) of each word of `value` indexed as one of `terms`.

        Only words beginning like a wanted term are looked at (a stem differs from its
        words at most in its last letters), each checked by analysing it as indexing does.
        """
        if not terms:
            return []
        folded = fold(value)
        if len(folded) != len(value):
            return [(term, start, end) for _s, term, _p, start, end in self._words_slowly(value) if term in terms]
        prefixes = sorted({term[: max(1, len(term) - 2)] for term in terms}, key=len, reverse=True)
        candidates = re.compile(r"(?<!\w)(?=" + "|".join(map(re.escape, prefixes)) + r")")
        stem = _stem if self.stem else str
        found = []
        for start in (match.start() for match in candidates.finditer(folded)):
            word = self._regex.match(folded, start)
            if word is None:
                continue
            text = word.group()
            if len(text) > 1 and text not in self.stop_words and stem(text) in terms:
                found.append((stem(text), start, word.end()))
        return found

    def _words_slowly(self, value: str) -> list[tuple[str, str, int, int, int]]:
        stem = _stem if self.stem else str
        kept = []
        for match in self._regex.finditer(value):
            word = fold(match.group())
            if len(word) > 1 and word not in self.stop_words:
                kept.append((word, stem(word), len(kept), match.start(), match.end()))
        return kept


def fold(text: str) -> str:
    """Case and accent folding ('Wanjikũ' -> 'wanjiku')."""
    return text.lower().translate(accent_map)


def name_analyzer() -> Analyzer:
    """Every token of a name, folded; nothing dropped."""
    return RegexTokenizer(SWAHILI_WORD_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


class _CodeFilter(Filter):
    """Fold a vocabulary value to its code form: 'Homa Bay' -> 'homa_bay'."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = code_form(token.text)
            if token.text:
                yield token


def code_analyzer() -> Analyzer:
    """Comma-separated vocabulary values, each folded to one code token."""
    return RegexTokenizer(r"[^,]+") | CharsetFilter(accent_map) | _CodeFilter()


_NON_CODE = re.compile(r"[^0-9a-z]+")


def code_form(value: str) -> str:
    """The code form of a vocabulary value (lower case, runs of other characters -> '_')."""
    folded = value.strip().lower().replace("'", "").replace("’", "")
    return _NON_CODE.sub("_", folded).strip("_")
