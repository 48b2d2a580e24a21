"""Recall, precision and speed of the redaction detector on the MasakhaNER Swahili test sets.

    .venv/bin/python bench/redaction_recall.py [--shared ../shared]

Scores `haart_archive.redaction.detect:spans` with /work/shared/tools/ner_eval.py (covered
recall per type, character precision against any gold entity, share of text flagged) and
times detect() alone on the concatenated text, with no known people.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from haart_archive.redaction.detect import detect, spans  # noqa: E402

SETS = ("masakhaner1_swa", "masakhaner2_swa")


def _load_ner_eval(shared: Path):
    spec = importlib.util.spec_from_file_location("ner_eval", shared / "tools" / "ner_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ner_eval"] = module
    spec.loader.exec_module(module)
    return module


def _speed(text: str, rounds: int = 3) -> float:
    detect(text[:1000])  # load the gazetteer first
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        detect(text)
        best = min(best, time.perf_counter() - t0)
    return len(text) / best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    ner_eval = _load_ner_eval(args.shared)
    for name in SETS:
        path = args.shared / "data" / "ner" / name / "test.txt"
        ev = ner_eval.evaluate(str(path), spans)
        r = ev["results"][0]
        units = ner_eval.build_units(ner_eval.read_conll(str(path)))
        whole = "\n".join(u.text for u in units)
        recall = "  ".join(f"{t} {100 * v:5.1f}%" for t, v in r["recall_covered"].items())
        print(f"{name}: recall(covered) {recall}")
        print(f"  precision(chars, any gold) {100 * r['precision_chars']:.1f}%  "
              f"share of text flagged {100 * r['redacted_share']:.1f}%")
        labels = ", ".join(f"{k} {100 * (v['precision_same_type'] or 0):.0f}%"
                           for k, v in r["per_label"].items() if v["precision_same_type"] is not None)
        print(f"  same-type precision per label: {labels}")
        print(f"  speed: {ev['chars_per_second']:,.0f} chars/s per sentence (ner_eval), "
              f"{_speed(whole):,.0f} chars/s on the whole set as one text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
