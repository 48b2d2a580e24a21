"""One normal form of a text for detection and for the leak check, with offsets back.

    n = normalise(text)
    n.text                           # what the detectors read
    n.to_original_span(start, end)   # a span of n.text as a span of `text`

Text that reaches the archive is not always typed plainly: phone numbers in full-width digits
(０７１２) or other scripts' digits, names with a Cyrillic letter that looks Latin ("Оtieno"),
zero-width characters or soft hyphens inside a name, non-breaking spaces, typographic
apostrophes. Each of these would hide an identifier from a pattern written for plain text.
The normal form undoes them, character by character:

- zero-width and invisible formatting characters and soft hyphens are removed;
- letters of other scripts that look like Latin letters become those letters;
- any decimal digit becomes its ASCII digit;
- typographic apostrophes become `'`, hyphen look-alikes become `-`;
- a word broken by a hyphen at the end of a line is joined again ("Jo-\nseph" -> "Joseph", and in a
  quoted e-mail reply "Jo-\n> seph");
- everything else goes through NFKC (full-width forms, ligatures, non-breaking spaces).

Case is kept (the detectors use it). The publication leak check must read text through this
same function, so that what detection would catch, the last gate catches too.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

# Characters that show nothing and may be slipped inside a word or a number.
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

# Letters of other scripts that are drawn like Latin letters (Unicode's confusables, the ones a
# keyboard or a copy from a web page actually produce).
CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m",
    "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "һ": "h", "ӏ": "l", "А": "A", "В": "B", "Е": "E", "Ё": "E", "І": "I", "Ї": "I",
    "Ј": "J", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X",
    "Ѕ": "S", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Һ": "H", "Ӏ": "I",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "α": "a",
    # Latin look-alikes outside ASCII that NFKC keeps
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɡ": "g", "ʏ": "y", "ᴅ": "d",
    # apostrophes and hyphens
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u02b9": "'", "\u2032": "'",
    "\uff07": "'", "\u2010": "-", "\u2011": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
}

# A word broken at the end of a line, perhaps in a quoted e-mail reply ("Ab-\n> dille").
_SPECIAL = re.compile(r"[^\x00-\x7f]|(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?:>[ \t]*)*(?=[^\W\d_])")
_LINE_BREAK_HYPHEN = re.compile(r"-[ \t]*\r?\n")


@lru_cache(maxsize=4096)
def normal_char(ch: str) -> str:
    """The normal form of one character ('' when it is dropped)."""
    if ch in INVISIBLE:
        return ""
    if ch in CONFUSABLES:
        return CONFUSABLES[ch]
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch:
        return "".join(normal_char(c) if not c.isascii() else c for c in folded)
    return ch


@dataclass(frozen=True)
class Normalised:
    """A text in normal form and the way back to the original's offsets.

    `starts[k]` and `ends[k]` are the original span of normal character k; both are None when
    the text did not change (then offsets are the same in both).
    """

    text: str
    original: str
    starts: array | None = None
    ends: array | None = None

    @property
    def changed(self) -> bool:
        """Whether the normal form differs from the original."""
        return self.starts is not None

    def to_original(self, index: int) -> int:
        """The original offset of a normal-form start offset (len(text) maps to the end)."""
        if self.starts is None:
            return index
        if index >= len(self.text):
            return len(self.original)
        return self.starts[index]

    def to_original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normal-form span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            at = self.to_original(start)
            return at, at
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> Normalised:
    """The normal form of `text` (see the module's docstring), with offsets back to `text`."""
    if text.isascii() and not _LINE_BREAK_HYPHEN.search(text):
        return Normalised(text, text)
    pieces: list[str] = []
    starts = array("i")
    ends = array("i")
    pos = 0
    changed = False
    for m in _SPECIAL.finditer(text):
        i, j = m.span()
        if i > pos:
            pieces.append(text[pos:i])
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        new = normal_char(m.group()) if j == i + 1 else ""
        changed = changed or new != m.group()
        pieces.append(new)
        starts.extend([i] * len(new))
        ends.extend([j] * len(new))
        pos = j
    if not changed:
        return Normalised(text, text)
    if pos < len(text):
        pieces.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return Normalised("".join(pieces), text, starts, ends)


def lowered(text: str) -> str:
    """`text` in lower case with the same length (so offsets hold in both)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[0] for ch in text)


def case_insensitive(pattern: str) -> re.Pattern:
    """A pattern written for any case, compiled to run on `lowered(text)` without IGNORECASE
    (much faster in Python's engine). Escapes such as \\W and \\S keep their case."""
    out = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = not escaped and ch == "\\"
    return re.compile("".join(out))

