"""Sentences, clauses and the context of a match: negation (English words, Swahili verb
forms) and hedges. Offsets always index the text as given."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})

# A full stop after these does not end a sentence.
_ABBREVIATIONS = re.compile(r"\b(?:mr|mrs|ms|dr|st|no|ksh|kshs|sh|shs|e\.g|i\.e|etc|approx|p\.o|bi|bw)\.$", re.I)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n\s*\n|\n")

# Negation reaches a verb only within its own clause: these words and marks end a clause.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|\s-\s|\b(?:but|however|although|though|whereas|while|and|then|that|because|so|"
    r"when|after|before|until|lakini|ila|ingawa|japo|japokuwa|kisha|halafu|kwamba|kuwa|na|ili|kwa sababu|ambapo|"
    r"alipo\w*|baada ya|kabla ya)\b",
    re.I,
)
_EN_NEGATORS = re.compile(
    r"\b(?:not|never|no|nobody|none|neither|nor|cannot|without|hardly|refused to|stopped|failed to)\b|n't\b",
    re.I,
)
_SW_NEGATORS = re.compile(r"\b(?:hakuna|hapana|sio|siyo|si|wala|bila)\b", re.I)
_WORD = re.compile(r"[\w']+")

# Swahili negative verb forms: si-/ha-/hawa-/hatu-/ham- + ku- (past) or ja- (not yet) or ta-
# (future); a negative present ends in -i (hanilipi, hawezi); a negative subjunctive has -si-.
_SW_NEG_PAST = re.compile(r"^(?:si|ha|hu|hatu|ham|hawa|hai|hazi|hali|haya|haki|havi|hau)(?:ku|ja|ta)", re.I)
_SW_NEG_PRESENT = re.compile(r"^(?:si|ha|hatu|ham|hawa|hai|hazi)[a-z']+i$", re.I)
_SW_NEG_SUBJUNCTIVE = re.compile(r"^(?:a|u|ni|tu|m|wa|i|li|ya|ki|vi|zi)si[a-z']+e$", re.I)

_NOT_VERBS = {"hatari", "hujambo", "sijambo", "hajambo", "sikukuu", "hakuna", "hatimaye", "hakika", "hataza"}

# Said as a threat or a condition, a cue describes what might happen, not what did.
_HYPOTHETICAL = re.compile(r"\b(?:threat\w*|warned|[a-z']*tishia|unless|if|akikataa|asipo\w*)\b", re.I)

_HEDGES = re.compile(
    r"\b(?:maybe|perhaps|possibly|might|may have|not sure|unsure|unclear|uncertain|it is possible|"
    r"it seems|labda|huenda\W+(?:[a-z]{0,4}li|[a-z]{0,4}ka|ni\b|kuna|kwamba)|pengine|sina uhakika|hana uhakika|"
    r"hawana uhakika|"
    r"inawezekana)\b",
    re.I,
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the text: its offsets and its text (apostrophes made plain)."""

    index: int
    start: int
    end: int
    text: str


def normalise(text: str) -> str:
    """The text with every kind of apostrophe made ', same length, so offsets stay valid."""
    return text.translate(_APOSTROPHES)


def sentences(text: str) -> list[Sentence]:
    """Split into sentences at . ! ? and line breaks (not after common abbreviations)."""
    plain = normalise(text)
    found: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(plain):
        if match.group().startswith(".") and _ABBREVIATIONS.search(plain[max(0, match.start() - 6): match.start() + 1]):
            continue
        _add(found, plain, start, match.end())
        start = match.end()
    _add(found, plain, start, len(plain))
    return found


def _add(found: list[Sentence], plain: str, start: int, end: int) -> None:
    while start < end and plain[start].isspace():
        start += 1
    while end > start and plain[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Sentence(len(found), start, end, plain[start:end]))


# How far back a negation, a hedge or a threat can reach (characters); it also keeps a text
# with no full stops from costing time in proportion to its length for every match.
_REACH = 160


@lru_cache(maxsize=64)
def _clause_breaks(sentence_text: str) -> tuple[tuple[int, int], ...]:
    return tuple((match.start(), match.end()) for match in _CLAUSE_BREAK.finditer(sentence_text))


def clause_start(sentence_text: str, position: int) -> int:
    """Where the clause holding `position` (an offset into the sentence) begins."""
    breaks = _clause_breaks(sentence_text)
    index = bisect_right(breaks, (position, position))
    while index > 0 and breaks[index - 1][1] > position:
        index -= 1
    return breaks[index - 1][1] if index else 0


def negated_before(sentence_text: str, position: int, window: int = 4) -> bool:
    """True when a negation word stands within `window` words before `position` in its clause."""
    begin = max(clause_start(sentence_text, position), position - _REACH)
    before = sentence_text[begin:position]
    for pattern in (_EN_NEGATORS, _SW_NEGATORS):
        for match in pattern.finditer(before):
            if len(_WORD.findall(before[match.end():])) <= window:
                return True
    # A negative Swahili auxiliary: hajawahi kupewa, hakuweza kutoka, sikuruhusiwa kwenda.
    words = _WORD.findall(before)[-window:]
    return any(len(word) >= 6 and word.lower() not in _NOT_VERBS and _SW_NEG_PAST.match(word) for word in words)


def swahili_negative(word: str) -> bool:
    """True for a Swahili verb in a negative form (sikulipwa, hakunyang'anywa, hawezi, asitoke)."""
    word = word.lower()
    return bool(_SW_NEG_PAST.match(word) or _SW_NEG_PRESENT.match(word) or _SW_NEG_SUBJUNCTIVE.match(word))


def hedged(sentence_text: str, position: int) -> bool:
    """True when the clause softens what it says before `position` (maybe, labda, not sure)."""
    begin = max(clause_start(sentence_text, position), position - _REACH)
    return bool(_HEDGES.search(sentence_text, begin, position))


def hypothetical(sentence_text: str, position: int) -> bool:
    """True when the clause before `position` makes what follows a threat or a condition."""
    begin = max(clause_start(sentence_text, position), position - _REACH)
    return bool(_HYPOTHETICAL.search(sentence_text, begin, position))
