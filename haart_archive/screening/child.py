"""Is the person a child (under 18)? Ages, school levels and words for a child, in English
and Swahili, without counting the survivor's own children ("her 3-year-old son", "mtoto wake")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from haart_archive.screening.text import Sentence

_SW_NUMBERS = {
    "moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9,
    "kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50, "sitini": 60,
}
_EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_SW_AGE = (
    r"(?P<sw>\d{1,2}|(?:kumi|ishirini|thelathini|arobaini|hamsini|sitini)(?:\W+na\W+(?:moja|mbili|tatu|nne|tano|sita|"
    r"saba|nane|tisa))?|moja|mbili|tatu|nne|tano|sita|saba|nane|tisa)"
)
_EN_AGE = r"(?P<n>\d{1,2}|" + "|".join(_EN_NUMBERS) + r")"
_KIN_AFTER = r"(?!\W+(?:son|daughter|child|baby|children|sister|brother|sons|daughters|babies))"
_NOT_AN_AGE = (
    r"(?!\W*(?:years?\W+ago|months|weeks|days|hours|shillings|ksh|kg|%|am|pm|km|people|men|women|times|of\W+them))"
)

_AGES = (
    re.compile(r"\b(?:aged|age|ages)\W+" + _EN_AGE + r"\b" + _KIN_AFTER, re.I),
    re.compile(r"\b" + _EN_AGE + r"[- ](?:year|yr)s?[- ]old\b" + _KIN_AFTER, re.I),
    re.compile(r"\b(?:she|he|i|they|we)\W+(?:was|were|is|are|am)\W+(?:only\W+|just\W+|about\W+|barely\W+|maybe\W+|"
        r"around\W+|approximately\W+|perhaps\W+)?" + _EN_AGE +
               r"\b" + _NOT_AN_AGE, re.I),
    re.compile(r"\b(?:[A-Z][a-z]+|girl|boy|woman|man|lady|suspect|client|victim|survivor|help|worker|attendant|child|"
               r"minor|student|pupil|rider)\W*[,(]\W*" + _EN_AGE + r"\b\W*(?:,|\)|was|is|were|who|from|\.)", re.I),
    re.compile(r"\b(?:wa|mwenye|na)\W+(?:umri\W+wa\W+)?miaka\W+" + _SW_AGE + r"\b", re.I),
    re.compile(r"\b(?:girl|boy|child|daughter|son|woman|pupil)\W+of\W+" + _EN_AGE + r"\b" + _NOT_AN_AGE, re.I),
)
_NOT_SURVIVOR_BEFORE = re.compile(
    r"\b(?:her|his|my|their|our|yake|wake|wangu|yangu|mzee|old|older|elderly|mume|husband|employer)\W*$", re.I
)
_CHILD_WORDS = re.compile(
    r"\b(?:minors?|underage|under-age|under\W+18|under\W+the\W+age\W+of\W+18|schoolgirl|schoolboy|pupil|teenage\w*|"
    r"street\W+(?:child|children|boy|boys|girl|girls)|(?:a|the|these|those|this|young|small|"
    r"little)\W+"
    r"(?:child|children|kids?|minors?)|(?:class|standard|std|grade)\W*(?:[1-8]|one|two|three|four|five|six|seven|"
    r"eight)\b|"
    r"form\W+(?:one|two|three|four|[1-4])\b|primary\W+school\W+(?:pupil|girl|boy|child)|msichana\W+mdogo|"
    r"mvulana\W+mdogo|"
    r"darasa\W+la\W+(?:kwanza|pili|tatu|nne|tano|sita|saba|nane|[1-8])|kidato\W+cha\W+(?:kwanza|pili|tatu|nne|[1-4])|"
    r"mtoto(?!\W+(?:wake|wangu|wao|wetu|yake|wa\W+kiume\W+wa|wa\W+kike\W+wa))|watoto(?!\W+(?:wake|wangu|wao|wetu|"
    r"zake))|"
    r"binti\W+mdogo)\b",
    re.I,
)
_NOT_CHILD_CONTEXT = re.compile(
    r"\b(?:dropped\W+out|completed|finished|aliacha|alimaliza|her|his|my|their|our|has|have|had|with|of|after|for|"
    r"minding|raising|caring|feeding|washing|about|to)\W*$",
    re.I,
)


@dataclass(frozen=True)
class ChildEvidence:
    """Whether the text shows a child (True), an adult (False) or says nothing (None), and where."""

    child: bool | None
    spans: tuple[tuple[int, int], ...] = ()


def _age(match: re.Match) -> int | None:
    for name in ("n", "sw"):
        value = match.groupdict().get(name)
        if not value:
            continue
        value = value.lower()
        if value.isdigit():
            return int(value)
        if name == "n":
            return _EN_NUMBERS.get(value)
        return sum(_SW_NUMBERS.get(part, 0) for part in re.split(r"\W+na\W+", value))
    return None


def detect_child(sentences: list[Sentence]) -> ChildEvidence:
    """A child when any age under 18 or a word for a child in school or without parents shows;
    an adult when only ages of 18 or more show; otherwise unknown."""
    child_spans: list[tuple[int, int]] = []
    adult = False
    for sentence in sentences:
        for pattern in _AGES:
            for match in pattern.finditer(sentence.text):
                if _NOT_SURVIVOR_BEFORE.search(sentence.text[: match.start()]):
                    continue
                age = _age(match)
                if age is None:
                    continue
                if age < 18:
                    child_spans.append((sentence.start + match.start(), sentence.start + match.end()))
                else:
                    adult = True
        for match in _CHILD_WORDS.finditer(sentence.text):
            if _NOT_CHILD_CONTEXT.search(sentence.text[: match.start()]):
                continue
            child_spans.append((sentence.start + match.start(), sentence.start + match.end()))
    if child_spans:
        return ChildEvidence(True, tuple(child_spans))
    return ChildEvidence(False if adult else None)
