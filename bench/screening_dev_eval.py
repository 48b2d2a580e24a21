"""Score `haart_archive.screening.screen` on the development set of fictional case notes.

    .venv/bin/python bench/screening_dev_eval.py [--set bench/eval/screening_dev/dev.json] [-v]

Prints verdict precision and recall (trafficking = strong or some, and strong alone), the
confusion matrix of verdicts, child detection, element agreement, and for each ILO indicator
its recall (a gold indicator counts as found when the screening reports it with a span that
overlaps one of its evidence quotes) and its false positives (reported on a note whose gold
labels do not have it). The set was written before the rules; it is for development, not
for the figure that counts: that comes from the independent held-out set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from haart_archive.screening import screen  # noqa: E402
from haart_archive.vocabulary import ILO_INDICATORS  # noqa: E402

VERDICTS = ("strong", "some", "none")


def _spans(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    spans = []
    for quote in quotes:
        start = text.find(quote)
        if start < 0:
            raise SystemExit(f"evidence quote not in its note: {quote!r}")
        spans.append((start, start + len(quote)))
    return spans


def _ratio(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.2f}" if total else "n/a"


def _binary(gold: list[bool], predicted: list[bool]) -> str:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    return f"precision {_ratio(tp, sum(predicted))}, recall {_ratio(tp, sum(gold))}"


def evaluate(notes: list[dict], verbose: bool) -> None:
    confusion: Counter = Counter()
    found: Counter = Counter()
    expected: Counter = Counter()
    false_positive: Counter = Counter()
    child_right = element_right = 0
    golds, results = [], []
    for note in notes:
        result = screen(note["text"], language=note.get("language")).to_dict()
        golds.append(note)
        results.append(result)
        confusion[(note["verdict"], result["verdict"])] += 1
        child_right += result["child"] == note["child"]
        element_right += sum(
            result["elements"][name]["present"] == note["elements"][name] for name in ("act", "means", "purpose")
        )
        gold_codes = {item["code"]: _spans(note["text"], item["evidence"]) for item in note["indicators"]}
        reported: dict[str, list[tuple[int, int]]] = {}
        for item in result["indicators"]:
            reported.setdefault(item["code"], []).append((item["start"], item["end"]))
        for code, spans in gold_codes.items():
            expected[code] += 1
            if any(s < e2 and s2 < e for s, e in reported.get(code, []) for s2, e2 in spans):
                found[code] += 1
            elif verbose:
                print(f"  missed {note['id']} {code}")
        for code in reported.keys() - gold_codes.keys():
            false_positive[code] += 1
            if verbose:
                print(f"  false positive {note['id']} {code}")
        if verbose and result["verdict"] != note["verdict"]:
            print(f"  verdict {note['id']}: gold {note['verdict']}, screened {result['verdict']}")
    _print_summary(golds, results, confusion, child_right, element_right)
    print("\nper indicator: recall (gold found with an overlapping span), false positives")
    for term in ILO_INDICATORS:
        print(f"  {term.code:<26} recall {_ratio(found[term.code], expected[term.code]):<16} "
              f"false positives {false_positive[term.code]}")
    print(f"  {'all':<26} recall {_ratio(sum(found.values()), sum(expected.values())):<16} "
          f"false positives {sum(false_positive.values())}")


def _print_summary(
    golds: list[dict], results: list[dict], confusion: Counter, child_right: int, element_right: int
) -> None:
    n = len(golds)
    gold_v = [g["verdict"] for g in golds]
    pred_v = [r["verdict"] for r in results]
    print(f"{n} notes ({sum(v != 'none' for v in gold_v)} trafficking, {sum(g['disguised'] for g in golds)} disguised)")
    print("trafficking (strong or some): " + _binary([v != "none" for v in gold_v], [v != "none" for v in pred_v]))
    print("strong alone:                 " + _binary([v == "strong" for v in gold_v], [v == "strong" for v in pred_v]))
    disguised = [i for i, g in enumerate(golds) if g["disguised"]]
    print("disguised notes, trafficking: " + _binary(
        [gold_v[i] != "none" for i in disguised], [pred_v[i] != "none" for i in disguised]))
    print(f"verdict exact: {_ratio(sum(g == p for g, p in zip(gold_v, pred_v, strict=True)), n)}; "
          f"child: {_ratio(child_right, n)}; elements: {_ratio(element_right, 3 * n)}")
    print("\nconfusion (rows gold, columns screened)")
    print("          " + "".join(f"{v:>8}" for v in VERDICTS))
    for gold in VERDICTS:
        print(f"  {gold:<8}" + "".join(f"{confusion[(gold, p)]:>8}" for p in VERDICTS))


def speed(notes: list[dict], rounds: int = 3) -> None:
    """Seconds to screen the whole set as one text, against one pass of a word regex (baseline)."""
    text = "\n".join(note["text"] for note in notes) * 5
    timings = {}
    for name, run in (("screen", lambda: screen(text)), ("baseline \\w+ scan", lambda: re.findall(r"\w+", text))):
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
        timings[name] = best
    base = timings["baseline \\w+ scan"]
    print(f"\nspeed: {len(text)} characters screened in {timings['screen']:.2f} s "
          f"({len(text) / timings['screen']:.0f} characters/s; {timings['screen'] / base:.0f}x one word scan)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT / "bench" / "eval" / "screening_dev" / "dev.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false positive")
    args = parser.parse_args()
    notes = json.loads(args.set.read_text(encoding="utf-8"))["notes"]
    evaluate(notes, args.verbose)
    speed(notes)


if __name__ == "__main__":
    main()
