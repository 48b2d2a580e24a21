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
    StemFilter,
    StopFilter,
)
from whoosh.analysis.analyzers import Analyzer
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

# Function words of Swahili that carry no meaning for search: conjunctions, the
# associative -a forms, common pronouns, prepositions and auxiliaries.
SWAHILI_STOP_WORDS = frozenset(
    """
    na ya wa la za cha vya kwa katika ni si kama lakini au pia tu hata ili kwamba
    hiyo hii huyu yule ile hilo hicho kile kwenye hapo hapa huko pale kule mimi wewe
    yeye sisi ninyi wao yangu yako yake yetu yenu yao wangu wako wake wetu wenu
    ambaye ambao ambayo ambalo ambacho ambavyo ambapo ambako kuwa kwamba bado sana
    tena baada kabla mpaka hadi ndani nje juu chini kati pamoja bila basi ndiyo
    hapana je nini nani wapi lini vipi gani ila ama wala hivyo hivi
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Whoosh's English stop list, which its query-side analysis also uses.
ENGLISH_STOP_WORDS = frozenset(STOP_WORDS)

ENGLISH_WORD_PATTERN = r"\w+(?:\.\w+)*"
# Swahili keeps the apostrophe inside words such as ng'ombe.
SWAHILI_WORD_PATTERN = r"\w+(?:[.'’]\w+)*"


def english_analyzer() -> Analyzer:
    """Tokenise, fold case and accents, drop English stop words, Porter-stem."""
    return (
        RegexTokenizer(ENGLISH_WORD_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=ENGLISH_STOP_WORDS, minsize=2)
        | StemFilter(stemfn=porter_stem, cachesize=200_000)
    )


def swahili_analyzer() -> Analyzer:
    """Tokenise, fold case and accents, drop Swahili and English stop words; no stemming."""
    return (
        RegexTokenizer(SWAHILI_WORD_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=SWAHILI_STOP_WORDS | ENGLISH_STOP_WORDS, minsize=2)
    )


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
