"""Scores the redaction detector on the development set (bench/eval/redaction_dev/dev.json).

    .venv/bin/python bench/redaction_dev_eval.py [--set FILE] [--misses] [--json OUT]

For each gold type: covered recall (an entity counts only when every letter and digit of it
lies inside detected spans, whatever type the detector gave), without the linked people and
with them; with them, also every mention of a linked person ("known mentions"). Character
precision: the share of detected letters and digits inside any gold span. Speed: characters a
second of detect() over all documents as one text, best of three, beside a baseline (a plain
regular-expression pass over the same text, measured in the same run) to show the machine's
load. All texts are fictional.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from haart_archive.redaction import KnownPerson, Suggestion, detect  # noqa: E402

DEFAULT_SET = ROOT / "bench" / "eval" / "redaction_dev" / "dev.json"
TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "NUMBER", "DATE", "AGE", "QUASI_IDENTIFIER")


def _people(document: dict) -> list[KnownPerson]:
    return [KnownPerson(p.get("role", "person"), tuple(p.get("names", ())), tuple(p.get("aliases", ())),
                        tuple(p.get("places", ())), tuple(p.get("identifiers", ())), p.get("key", ""))
            for p in document.get("people", ())]


def _mask(text: str, found: Sequence[Suggestion]) -> bytearray:
    covered = bytearray(len(text))
    for s in found:
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    return covered


def _is_covered(text: str, covered: bytearray, start: int, end: int) -> bool:
    return all(covered[i] or not text[i].isalnum() for i in range(start, end))


class Tally:
    """Counts of one run over the set."""

    def __init__(self) -> None:
        self.gold: dict[str, int] = defaultdict(int)
        self.hit: dict[str, int] = defaultdict(int)
        self.known_gold = self.known_hit = 0
        self.detected_chars = self.detected_in_gold = 0
        self.misses: list[tuple[str, str, str]] = []

    def add(self, document: dict, found: Sequence[Suggestion]) -> None:
        text = document["text"]
        covered = _mask(text, found)
        in_gold = bytearray(len(text))
        for span in document["spans"]:
            kind = span["type"]
            in_gold[span["start"]:span["end"]] = b"\x01" * (span["end"] - span["start"])
            ok = _is_covered(text, covered, span["start"], span["end"])
            self.gold[kind] += 1
            self.hit[kind] += ok
            if span.get("person"):
                self.known_gold += 1
                self.known_hit += ok
            if not ok:
                self.misses.append((document["id"], kind, text[span["start"]:span["end"]]))
        for i, ch in enumerate(text):
            if covered[i] and ch.isalnum():
                self.detected_chars += 1
                self.detected_in_gold += bool(in_gold[i])

    def recall(self, kind: str) -> float | None:
        return self.hit[kind] / self.gold[kind] if self.gold[kind] else None

    def precision(self) -> float:
        return self.detected_in_gold / self.detected_chars if self.detected_chars else 1.0


def score(documents: Sequence[dict], with_people: bool) -> Tally:
    """One run of the detector over every document."""
    tally = Tally()
    for document in documents:
        known = _people(document) if with_people else []
        tally.add(document, detect(document["text"], known=known))
    return tally


def _best_of(rounds: int, work: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = clock()
        work()
        best = min(best, clock() - t0)
    return best


def speed(documents: Sequence[dict]) -> tuple[float, float, float]:
    """(detector chars/s wall clock, detector chars/s CPU time, baseline chars/s wall clock) on
    all texts joined, best of three. CPU time is what the detector costs; wall-clock time also
    shows how busy the machine is."""
    whole = "\n\n".join(d["text"] for d in documents) * 4
    detect(whole[:2000])  # load the gazetteers first
    baseline = re.compile(r"\b[A-Z][a-z]+\b|\d[\d ]{6,}")
    base = _best_of(3, lambda: sum(1 for _ in baseline.finditer(whole)))
    wall = _best_of(3, lambda: detect(whole))
    cpu = _best_of(3, lambda: detect(whole), clock=time.process_time)
    return len(whole) / wall, len(whole) / cpu, len(whole) / base


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def report(documents: Sequence[dict], show_misses: bool) -> dict:
    """Prints the tables and returns the figures."""
    plain, linked = score(documents, False), score(documents, True)
    spans = sum(len(d["spans"]) for d in documents)
    print(f"{len(documents)} documents, {spans} annotated spans, "
          f"{sum(len(d['text']) for d in documents):,} characters")
    print(f"{'type':<18}{'gold':>6}  {'recall':>8}  {'with linked people':>19}")
    figures: dict = {"recall": {}, "recall_with_people": {}}
    for kind in TYPES:
        figures["recall"][kind] = plain.recall(kind)
        figures["recall_with_people"][kind] = linked.recall(kind)
        print(f"{kind:<18}{plain.gold[kind]:>6}  {_pct(plain.recall(kind)):>8}  {_pct(linked.recall(kind)):>19}")
    total_plain = sum(plain.hit.values()) / max(1, sum(plain.gold.values()))
    total_linked = sum(linked.hit.values()) / max(1, sum(linked.gold.values()))
    print(f"{'all':<18}{sum(plain.gold.values()):>6}  {_pct(total_plain):>8}  {_pct(total_linked):>19}")
    known = linked.known_hit / max(1, linked.known_gold)
    print(f"known mentions (with linked people): {linked.known_hit}/{linked.known_gold} = {_pct(known)}")
    print(f"character precision: {_pct(plain.precision())} without linked people, "
          f"{_pct(linked.precision())} with them")
    detector, cpu, baseline = speed(documents)
    print(f"speed: {detector:,.0f} chars/s wall clock, {cpu:,.0f} chars/s CPU time (detect, no people, best of 3);"
          f" baseline regex {baseline:,.0f} chars/s; ratio {detector / baseline:.3f}")
    figures.update(known_mentions=known, precision=plain.precision(), precision_with_people=linked.precision(),
                   chars_per_second=detector, cpu_chars_per_second=cpu)
    if show_misses:
        print("\nmisses without linked people:")
        for doc, kind, value in plain.misses:
            print(f"  {doc} {kind:<17} {value!r}")
        print("misses with linked people:")
        for doc, kind, value in linked.misses:
            print(f"  {doc} {kind:<17} {value!r}")
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET, help="evaluation set (JSON, version 1)")
    ap.add_argument("--misses", action="store_true", help="list every missed span (fictional text)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    documents = json.loads(args.set.read_text("utf-8"))["documents"]
    figures = report(documents, args.misses)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
