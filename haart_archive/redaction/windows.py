"""Where in a text a rule is worth running: windows around the words it needs.

Most detection rules can only match near one of a few words (a head word like "market", an age
word like "miaka", a number) that are rare in running text. Python's regular expressions try a
pattern at every position, so running a rule only in windows around its words, found by one
scan of the text's words, keeps detection fast on long testimonies (see
bench/redaction_dev_eval.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_LETTERS = re.compile(r"[a-z]+")
# Digits with what joins them in dates, times and numbers ("12/06/2022", "21:14", "0712-345")
_DIGITS = re.compile(r"\d[\d/.:-]*")


@lru_cache(maxsize=4)
def digit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the digits of a text are, runs joined by / . : and - taken together."""
    return tuple(m.span() for m in _DIGITS.finditer(text))


@lru_cache(maxsize=4)
def _word_index(low: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Every lower-case word of a lower-cased text and where it stands."""
    index: dict[str, list[tuple[int, int]]] = {}
    for m in _LETTERS.finditer(low):
        index.setdefault(m.group(), []).append(m.span())
    return {word: tuple(spans) for word, spans in index.items()}


def word_spans(low: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The spans of the given words in `low` (a lower-cased text), in order."""
    index = _word_index(low)
    found = [span for word in words for span in index.get(word, ())]
    found.sort()
    return found


def around(spans: Iterable[tuple[int, int]], before: int, after: int, text: str) -> list[tuple[int, int]]:
    """Merged windows from `before` characters before each span to `after` after it, with
    their edges moved out to a space so that no word is cut in two."""
    windows: list[tuple[int, int]] = []
    length = len(text)
    for start, end in sorted(spans):
        lo, hi = max(0, start - before), min(length, end + after)
        if lo:
            space = text.rfind(" ", 0, lo)
            lo = space if space >= 0 else 0
        if hi < length:
            space = text.find(" ", hi)
            hi = space if space >= 0 else length
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def word_windows(text: str, low: str, words: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """Windows of `text` around the given lower-case words."""
    return around(word_spans(low, words), before, after, text)
