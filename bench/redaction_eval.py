"""Covered recall, precision and speed of redaction detection on the held-out testimonies.

    .venv/bin/python bench/redaction_eval.py [--set bench/eval/redaction/heldout.json] [--json]
                                             [--misses]

The set (bench/eval/redaction/, see bench/eval/README.md) was written by someone who never saw
the detection rules: do not tune rules on it. Two modes are scored: without linked people
(`detect(text)`) and with them (`detect(text, known=[KnownPerson(...)])`).

A gold entity counts as found only when every letter and digit of it lies inside detected spans,
whatever their label ("covered recall"); "typed" recall also asks the label to match. Character
precision is the share of detected letters and digits that lie inside any gold span; "flagged"
is the share of all letters and digits of the set that were detected. Speed is characters per
second of `detect` over the whole set without people, best of three.

`--misses` prints every missed entity with 40 characters of context on each side. On this set
that output is for the final report, not for tuning.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from haart_archive.redaction.detect import detect  # noqa: E402
from haart_archive.redaction.types import KnownPerson  # noqa: E402

DEFAULT_SET = ROOT / "bench" / "eval" / "redaction" / "heldout.json"
GOLD_TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "NUMBER", "DATE", "AGE", "QUASI_IDENTIFIER")
NUMBER_TYPES = {
    "PHONE",
    "NATIONAL_ID",
    "PASSPORT",
    "KRA_PIN",
    "MPESA_CODE",
    "EMAIL",
    "ACCOUNT_NUMBER",
    "VEHICLE_PLATE",
}
CONTEXT = 40


def gold_group(detected_type: str) -> str:
    """The gold label a detector type is compared with."""
    return "NUMBER" if detected_type in NUMBER_TYPES else detected_type


def known_people(doc: dict) -> list[KnownPerson]:
    """The document's linked people as the detector takes them."""
    return [
        KnownPerson(
            role=p["role"],
            names=tuple(p["names"]),
            aliases=tuple(p["aliases"]),
            places=tuple(p["places"]),
            identifiers=tuple(p["identifiers"]),
            key=p["key"],
        )
        for p in doc["people"]
    ]


@dataclass
class Tally:
    """Found and total counts of gold entities."""

    found: int = 0
    typed: int = 0
    total: int = 0

    def add(self, covered: bool, typed: bool) -> None:
        self.total += 1
        self.found += covered
        self.typed += typed

    def recall(self) -> float | None:
        return self.found / self.total if self.total else None

    def typed_recall(self) -> float | None:
        return self.typed / self.total if self.total else None


@dataclass
class Miss:
    """A gold entity that was not wholly covered."""

    doc: str
    type: str
    text: str
    context: str
    person: str | None = None


@dataclass
class ModeResult:
    """Figures of one mode (with or without the linked people)."""

    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_style: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    known: Tally = field(default_factory=Tally)
    misses: list[Miss] = field(default_factory=list)
    detected_chars: int = 0
    detected_in_gold: int = 0
    total_chars: int = 0

    def precision(self) -> float | None:
        return self.detected_in_gold / self.detected_chars if self.detected_chars else None

    def flagged(self) -> float | None:
        return self.detected_chars / self.total_chars if self.total_chars else None


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    return f"{left}[[{text[start:end]}]]{right}".replace("\n", "⏎")


def score_document(doc: dict, with_people: bool, result: ModeResult) -> None:
    """Add one document's figures to `result`."""
    text = doc["text"]
    known = known_people(doc) if with_people else ()
    found = detect(text, known=known)
    detected = [False] * len(text)
    detected_as: dict[str, list[bool]] = defaultdict(lambda: [False] * len(text))
    for s in found:
        mask = detected_as[gold_group(str(s.type))]
        for i in range(s.start, s.end):
            detected[i] = True
            mask[i] = True
    in_gold = [False] * len(text)
    for span in doc["spans"]:
        for i in range(span["start"], span["end"]):
            in_gold[i] = True
        positions = [i for i in range(span["start"], span["end"]) if text[i].isalnum()]
        covered = all(detected[i] for i in positions)
        typed = all(detected_as[span["type"]][i] for i in positions)
        for tally in (
            result.by_type[span["type"]],
            result.by_style[doc["style"]],
            result.by_language[doc["language"]],
        ):
            tally.add(covered, typed)
        if with_people and span.get("person"):
            result.known.add(covered, covered)
        if not covered:
            result.misses.append(
                Miss(
                    doc["id"],
                    span["type"],
                    span["text"],
                    _context(text, span["start"], span["end"]),
                    span.get("person"),
                )
            )
    for i, ch in enumerate(text):
        if ch.isalnum():
            result.total_chars += 1
            if detected[i]:
                result.detected_chars += 1
                result.detected_in_gold += in_gold[i]


def score(docs: list[dict], with_people: bool) -> ModeResult:
    """Figures of one mode over the whole set."""
    result = ModeResult()
    for doc in docs:
        score_document(doc, with_people, result)
    return result


def speed(docs: list[dict], rounds: int = 3) -> tuple[float, int]:
    """Characters per second of detect() without people over the set (best of `rounds`)."""
    chars = sum(len(d["text"]) for d in docs)
    detect(docs[0]["text"][:200])  # load word lists before timing
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for d in docs:
            detect(d["text"])
        best = min(best, time.perf_counter() - t0)
    return chars / best, chars


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def _tally_rows(title: str, tallies: dict[str, Tally], order: list[str]) -> list[str]:
    lines = [f"  {title:<20} {'n':>5} {'covered':>8} {'typed':>8}"]
    for key in order:
        t = tallies.get(key)
        if t is None or not t.total:
            continue
        lines.append(f"  {key:<20} {t.total:>5} {_pct(t.recall()):>8} {_pct(t.typed_recall()):>8}")
    return lines


def report(docs: list[dict], results: dict[str, ModeResult], chars_per_s: float, chars: int) -> str:
    """The printed figures of both modes."""
    styles = sorted({d["style"] for d in docs})
    languages = sorted({d["language"] for d in docs})
    n_spans = sum(len(d["spans"]) for d in docs)
    lines = [f"held-out set: {len(docs)} documents, {n_spans} entities, {chars} characters"]
    for mode, res in results.items():
        all_tally = Tally()
        for t in res.by_type.values():
            all_tally.found += t.found
            all_tally.typed += t.typed
            all_tally.total += t.total
        lines.append("")
        lines.append(f"== {mode} ==")
        lines += _tally_rows("type", res.by_type, list(GOLD_TYPES))
        lines.append(
            f"  {'all':<20} {all_tally.total:>5} {_pct(all_tally.recall()):>8} "
            f"{_pct(all_tally.typed_recall()):>8}"
        )
        lines += _tally_rows("style", res.by_style, styles)
        lines += _tally_rows("language", res.by_language, languages)
        lines.append(
            f"  character precision {_pct(res.precision())}   flagged {_pct(res.flagged())}"
        )
        if res.known.total:
            lines.append(
                f"  known-person mentions covered: {res.known.found}/{res.known.total} "
                f"({_pct(res.known.recall()).strip()})"
            )
            for m in res.misses:
                if m.person:
                    lines.append(f"    MISSED {m.doc} {m.person} {m.type}: {m.context}")
    lines.append("")
    lines.append(f"speed (no people, best of 3): {chars_per_s:,.0f} characters/s")
    return "\n".join(lines)


def misses_report(results: dict[str, ModeResult]) -> str:
    """Every missed entity of each mode, by type, with context."""
    lines = []
    for mode, res in results.items():
        lines.append(f"== misses {mode}: {len(res.misses)} ==")
        for gold_type in GOLD_TYPES:
            for m in res.misses:
                if m.type == gold_type:
                    who = f" ({m.person})" if m.person else ""
                    lines.append(f"  {m.type:<16} {m.doc:<18}{who} {m.context}")
    return "\n".join(lines)


def as_json(results: dict[str, ModeResult], chars_per_s: float) -> dict:
    """The figures as a JSON-ready dict."""

    def tallies(d: dict[str, Tally]) -> dict:
        return {
            k: {"n": t.total, "covered": t.recall(), "typed": t.typed_recall()}
            for k, t in d.items()
        }

    out: dict = {"speed_chars_per_s": round(chars_per_s)}
    for mode, res in results.items():
        out[mode] = {
            "by_type": tallies(res.by_type),
            "by_style": tallies(res.by_style),
            "by_language": tallies(res.by_language),
            "character_precision": res.precision(),
            "flagged": res.flagged(),
            "known_mentions": {"n": res.known.total, "covered": res.known.recall()},
            "misses": [m.__dict__ for m in res.misses],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="evaluation set (JSON)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="also print every missed entity")
    args = parser.parse_args(argv)
    docs = json.loads(args.set.read_text(encoding="utf-8"))["documents"]
    results = {
        "without linked people": score(docs, with_people=False),
        "with linked people": score(docs, with_people=True),
    }
    chars_per_s, chars = speed(docs)
    if args.json:
        print(json.dumps(as_json(results, chars_per_s), ensure_ascii=False, indent=1))
    else:
        print(report(docs, results, chars_per_s, chars))
    if args.misses:
        print()
        print(misses_report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
