"""The leak check: the last gate before a redacted text leaves the archive.

It reads the text through the same normal form as detection (`normalise`: look-alike letters,
wide digits, invisible characters undone), so an identifier disguised that way is still found.
It runs on the final text (and on text extracted back from a rendered PDF or HTML) and fails
on any known identifier of any person linked to the testimony, in any form, and on any
high-confidence detection nobody reviewed. The report itself is sensitive: it quotes what
leaked. Keep it in memory, show it to the editor, and never log it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from haart_archive.redaction.detect import detect
from haart_archive.redaction.gazetteer import fold
from haart_archive.redaction.known import find_known
from haart_archive.redaction.normalise import Normalised, normalise
from haart_archive.redaction.placeholders import PLACEHOLDER
from haart_archive.redaction.types import HIGH_CONFIDENCE, KnownPerson

Reviewed = tuple[int, int] | str


@dataclass(frozen=True)
class Leak:
    """One leak: where (offsets, 1-based line), the form found, what it is, and why it fails."""

    start: int
    end: int
    line: int
    form: str
    kind: str
    reason: str


@dataclass(frozen=True)
class LeakReport:
    """The verdict. `passed` is True only when `leaks` is empty."""

    passed: bool
    leaks: tuple[Leak, ...]

    def summary(self) -> str:
        """One sentence without any leaked value, safe for an error message."""
        if self.passed:
            return "The leak check passed."
        lines = sorted({leak.line for leak in self.leaks})
        shown = ", ".join(str(n) for n in lines[:10]) + (" ..." if len(lines) > 10 else "")
        return f"The leak check found {len(self.leaks)} identifying detail(s), on line(s) {shown}."


def _reviewed_spans(normal: Normalised, reviewed: Sequence[Reviewed]) -> list[tuple[int, int]]:
    """Original spans of the reviewed strings, found in the normal form (so a reviewed word still
    matches when the text carries a zero-width character or a look-alike letter)."""
    spans = []
    lowered = normal.text.lower()
    for item in reviewed:
        if isinstance(item, str):
            needle = normalise(item).text.lower()
            start = lowered.find(needle) if needle else -1
            while start >= 0:
                spans.append(normal.to_original_span(start, start + len(needle)))
                start = lowered.find(needle, start + 1)
        else:
            spans.append((int(item[0]), int(item[1])))
    return spans


# The placeholders a plan writes ("[name]", "[jina]", and "[PERSON]" of earlier versions).
TYPE_LABEL = PLACEHOLDER


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def leak_check(text: str, known: Sequence[KnownPerson], reviewed: Sequence[Reviewed] = (),
               allowed: Sequence[str] = (), min_confidence: float = HIGH_CONFIDENCE) -> LeakReport:
    """Check a final text for leaks.

    `known` are the people linked to the testimony; `reviewed` are spans (start, end) or
    strings an editor reviewed and left in (for example `RedactedText.reviewed()` and
    `RedactionPlan.reviewed_strings()`): they excuse detections, never known identifiers.
    `allowed` are known identifiers the consent allows to appear (the survivor's first name
    under `first_name`, names under `full_name`); matches of exactly those forms are excused.
    Detections below `min_confidence` are let through; 0 fails on every detection (for text
    nobody redacted, such as a publication's captions).
    """
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    allowed_keys = {" ".join(fold(w) for w in a.split()) for a in allowed}
    # A placeholder the plan inserted ("[name]", "[mahali]") names only a type: a person called
    # "Name" or "Mahali" must not make every placeholder a leak, nor may the detector.
    normal = normalise(text)
    labels = [normal.to_original_span(*m.span()) for m in TYPE_LABEL.finditer(normal.text)]
    leaks: list[Leak] = []
    for match in find_known(text, known):
        if " ".join(fold(w) for w in match.text.split()) in allowed_keys:
            continue
        if _covered(match.start, match.end, labels):
            continue
        leaks.append(Leak(match.start, match.end, bisect.bisect_right(line_starts, match.start),
                          match.text, f"{match.form.kind} of the {match.form.role}",
                          "known identifier of a person linked to the testimony"))
    excused = _reviewed_spans(normal, list(reviewed) + list(allowed)) + labels
    known_spans = [(leak.start, leak.end) for leak in leaks]
    for s in detect(text):
        if s.confidence < min_confidence or _covered(s.start, s.end, excused):
            continue
        if any(a < s.end and s.start < b for a, b in known_spans):
            continue
        leaks.append(Leak(s.start, s.end, bisect.bisect_right(line_starts, s.start), s.text,
                          str(s.type), f"unreviewed detection: {s.reason}"))
    leaks.sort(key=lambda leak: leak.start)
    return LeakReport(not leaks, tuple(leaks))
