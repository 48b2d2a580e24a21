"""Verdicts, elements and ILO indicators of trafficking screening on the held-out case notes.

    .venv/bin/python bench/screening_eval.py [--set bench/eval/screening/heldout.json] [--json]
                                             [--detector haart_archive.screening:screen]

The set (bench/eval/screening/, see bench/eval/README.md) was written without sight of any
screening rules: do not tune rules on it. The detector is called as `screen(text).to_dict()` and
must return {"verdict": "strong"|"some"|"none", "elements": {...}, "indicators": [{"code",
"start", "end", "reason"}, ...]}. A gold indicator counts as found when the detector reports the
same code with a span overlapping the gold evidence; a reported code is a false positive on a
note whose gold evidence has no such code. Exits 2 when the detector cannot be imported.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_SET = ROOT / "bench" / "eval" / "screening" / "heldout.json"
VERDICTS = ("strong", "some", "none")
ELEMENTS = ("act", "means", "purpose")
INDICATORS = (
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_sexual_violence",
    "intimidation_threats",
    "retention_of_documents",
    "withholding_wages",
    "debt_bondage",
    "abusive_conditions",
    "excessive_overtime",
)


def load_detector(spec: str) -> Callable[[str], dict]:
    """`module:function` as a callable from text to the screening dict."""
    module_name, _, func_name = spec.partition(":")
    module = importlib.import_module(module_name)
    func = getattr(module, func_name or "screen")

    def run(text: str) -> dict:
        result = func(text)
        return result.to_dict() if hasattr(result, "to_dict") else result

    return run


def _present(element: object) -> bool:
    """An element is reported as a bool or as {"present": bool, "evidence": [...]}."""
    if isinstance(element, dict):
        return bool(element.get("present"))
    return bool(element)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _pr(pred: list[bool], gold: list[bool]) -> dict:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    return {
        "precision": _ratio(tp, sum(pred)),
        "recall": _ratio(tp, sum(gold)),
        "predicted": sum(pred),
        "gold": sum(gold),
        "true_positives": tp,
    }


def evaluate(notes: list[dict], predictions: list[dict]) -> dict:
    """All figures for gold `notes` and the detector's `predictions` (same order)."""
    confusion = {g: Counter() for g in VERDICTS}
    for note, pred in zip(notes, predictions, strict=True):
        confusion[note["verdict"]][pred.get("verdict", "none")] += 1
    out: dict = {"n": len(notes), "confusion": {g: dict(confusion[g]) for g in VERDICTS}}
    out["trafficking"] = _pr(
        [p.get("verdict") in ("strong", "some") for p in predictions],
        [n["verdict"] in ("strong", "some") for n in notes],
    )
    out["strong"] = _pr(
        [p.get("verdict") == "strong" for p in predictions],
        [n["verdict"] == "strong" for n in notes],
    )
    out["elements"] = {}
    for element in ELEMENTS:
        agree = sum(
            _present((p.get("elements") or {}).get(element)) == n["elements"][element]
            for n, p in zip(notes, predictions, strict=True)
        )
        out["elements"][element] = _ratio(agree, len(notes))
    found: Counter = Counter()
    total: Counter = Counter()
    false_pos: Counter = Counter()
    absent: Counter = Counter()
    missed: list[dict] = []
    for note, pred in zip(notes, predictions, strict=True):
        reported = defaultdict(list)
        for ind in pred.get("indicators", []):
            reported[ind.get("code")].append((ind.get("start", 0), ind.get("end", 0)))
        gold_codes = {g["code"] for g in note["indicators"]}
        for g in note["indicators"]:
            total[g["code"]] += 1
            if any(s < g["end"] and g["start"] < e for s, e in reported[g["code"]]):
                found[g["code"]] += 1
            else:
                missed.append(
                    {
                        "note": note["id"],
                        "code": g["code"],
                        "evidence": note["text"][g["start"] : g["end"]],
                    }
                )
        for code in INDICATORS:
            if code not in gold_codes:
                absent[code] += 1
                false_pos[code] += bool(reported.get(code))
    out["indicators"] = {
        code: {
            "gold": total[code],
            "recall": _ratio(found[code], total[code]),
            "false_positive_notes": false_pos[code],
            "notes_without": absent[code],
        }
        for code in INDICATORS
    }
    out["indicator_recall_all"] = _ratio(sum(found.values()), sum(total.values()))
    out["missed_indicators"] = missed
    return out


def _subset(notes: list[dict], predictions: list[dict], keep: Callable[[dict], bool]) -> dict:
    pairs = [(n, p) for n, p in zip(notes, predictions, strict=True) if keep(n)]
    gold_pos = [n["verdict"] != "none" for n, _ in pairs]
    pred_pos = [p.get("verdict") in ("strong", "some") for _, p in pairs]
    return {
        "n": len(pairs),
        "verdict_accuracy": _ratio(
            sum(n["verdict"] == p.get("verdict") for n, p in pairs), len(pairs)
        ),
        "trafficking_recall": _ratio(
            sum(g and q for g, q in zip(gold_pos, pred_pos, strict=True)), sum(gold_pos)
        ),
        "false_alarm_rate": _ratio(
            sum(q and not g for g, q in zip(gold_pos, pred_pos, strict=True)),
            sum(not g for g in gold_pos),
        ),
    }


def splits(notes: list[dict], predictions: list[dict]) -> dict:
    """Figures by group (disguised, hard negative, plain), by language and for children."""
    out = {}
    for group in ("disguised", "hard_negative", "plain"):
        out[f"group={group}"] = _subset(notes, predictions, lambda n, g=group: n["group"] == g)
    for lang in ("en", "sw", "mixed"):
        out[f"language={lang}"] = _subset(notes, predictions, lambda n, g=lang: n["language"] == g)
    out["child"] = _subset(notes, predictions, lambda n: n["is_child"])
    return out


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.3f}"


def report(figures: dict, by_split: dict) -> str:
    """The printed figures."""
    lines = [
        f"held-out screening set: {figures['n']} notes",
        "",
        "verdict confusion (rows gold, columns predicted)",
    ]
    lines.append(f"  {'':8}" + "".join(f"{v:>8}" for v in VERDICTS))
    for g in VERDICTS:
        lines.append(
            f"  {g:8}" + "".join(f"{figures['confusion'][g].get(v, 0):>8}" for v in VERDICTS)
        )
    for key, title in (("trafficking", "trafficking (strong|some)"), ("strong", "strong")):
        f = figures[key]
        lines.append(
            f"{title}: precision {_f(f['precision'])}  recall {_f(f['recall'])}  "
            f"(predicted {f['predicted']}, gold {f['gold']}, both {f['true_positives']})"
        )
    lines.append(
        "elements agreement: " + "  ".join(f"{e} {_f(figures['elements'][e])}" for e in ELEMENTS)
    )
    lines += ["", f"  {'indicator':<26}{'gold':>5}{'recall':>8}{'false+':>8}{'of':>5}"]
    for code, f in figures["indicators"].items():
        lines.append(
            f"  {code:<26}{f['gold']:>5}{_f(f['recall']):>8}{f['false_positive_notes']:>8}"
            f"{f['notes_without']:>5}"
        )
    lines.append(f"  {'all indicators':<26}{'':>5}{_f(figures['indicator_recall_all']):>8}")
    lines += ["", f"  {'subset':<22}{'n':>4}{'verdict acc':>12}{'recall':>8}{'false alarm':>12}"]
    for name, f in by_split.items():
        lines.append(
            f"  {name:<22}{f['n']:>4}{_f(f['verdict_accuracy']):>12}{_f(f['trafficking_recall']):>8}"
            f"{_f(f['false_alarm_rate']):>12}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="evaluation set (JSON)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--detector",
        default="haart_archive.screening:screen",
        help="module:function to evaluate (default haart_archive.screening:screen)",
    )
    args = parser.parse_args(argv)
    try:
        detector = load_detector(args.detector)
    except (ImportError, AttributeError) as exc:
        print(f"cannot import the screening detector {args.detector}: {exc}", file=sys.stderr)
        return 2
    notes = json.loads(args.set.read_text(encoding="utf-8"))["notes"]
    predictions = [detector(n["text"]) for n in notes]
    figures = evaluate(notes, predictions)
    by_split = splits(notes, predictions)
    if args.json:
        print(json.dumps({**figures, "splits": by_split}, ensure_ascii=False, indent=1))
    else:
        print(report(figures, by_split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
