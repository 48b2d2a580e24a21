"""Names in the fields of a form: "Name:", "Other names:", "Jina:", "Majina mengine:", "Alias:".

Intake forms, statements and referral letters give a person's names after a label. What follows
such a label on its line is one or more names (cut at ';', ',' or '/', up to a bracket), in any
case and whatever words they are ("Majina mengine: Shiku; Mama Tracy", "Alias: Blessy").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from haart_archive.redaction.normalise import case_insensitive, lowered
from haart_archive.redaction.types import EntityType, Suggestion
from haart_archive.redaction.windows import word_windows

_LABELS = (
    r"(?:full\s+names?|names?|other\s+names?|also\s+known\s+as|a\.?k\.?a\.?|alias(?:es)?|nick\s?names?|"
    r"known\s+as|street\s+names?|jina(?:\s+kamili|\s+la\s+utani|\s+lingine|\s+la\s+mtaani)?|"
    r"majina(?:\s+kamili|\s+mengine|\s+ya\s+utani)?|lakabu)"
)
_FIELD = case_insensitive(rf"(?m)^[ \t]*(?:[a-z0-9]{{1,3}}[.)][ \t]*)?{_LABELS}[ \t]*[:：][ \t]*([^\n]{{1,80}})")
_KEYWORDS = frozenset(["name", "names", "other", "known", "aka", "alias", "aliases", "nickname", "nicknames", "nick",
                       "street", "jina", "majina", "lakabu", "a"])
# Values that say there is no name.
_NONE = frozenset(["unknown", "n/a", "na", "none", "nil", "not known", "withheld", "hajulikani", "hakuna",
                   "haijulikani", "-", "--", "not given", "not stated", "same", "as above"])
_PART = re.compile(r"[^;,/(\[\]\n]+")
_NAME_PART = re.compile(r"^[^\W\d_][^\W\d_'’.\- ]*(?:[ .'’-]+[^\W\d_][^\W\d_'’.\-]*){0,5}\.?$")


def field_suggestions(text: str) -> Iterator[Suggestion]:
    """PERSON suggestions for the values of name fields."""
    low = lowered(text)
    done = 0
    for lo, hi in word_windows(text, low, _KEYWORDS, 12, 2):
        # a window starts at a space before its keyword; go back to the line's start
        line = max(text.rfind("\n", 0, lo) + 1, done)
        for m in _FIELD.finditer(low, line, min(len(text), hi + 90)):
            done = m.end()
            for part in _PART.finditer(text, m.start(1), m.end(1)):
                start, end = part.span()
                while start < end and text[start] in " \t\"“'‘":
                    start += 1
                while end > start and text[end - 1] in " \t\"”'’.":
                    end -= 1
                value = text[start:end]
                if value and value.lower() not in _NONE and _NAME_PART.match(value):
                    yield Suggestion(start, end, EntityType.PERSON, 0.8, "name in a form field", value)
