"""The image gate of issue 15 (text in an image read by OCR, then detection and the leak check):
how many images with a planted identifier it refuses, and what it costs per image.

    .venv/bin/python bench/image_gate.py            # all of bench/ocr_faces.py's OCR images
    .venv/bin/python bench/image_gate.py --quick    # fewer images

The images are bench/ocr_faces.py's (fictional names, Kenyan phone and ID numbers in several
fonts, sizes, rotations, backgrounds, screenshots, ID cards, T-shirts, signs). An image counts
as refused when the gate (services/media.py: publishing.gates.free_text_findings on the OCR
text in reading order) reports any finding. Two readings of the same images in the same run:

- gate: what approval and publication do: the person on the image is a known person of the
  testimony (name, phone, ID number) and any detection, of any confidence, refuses;
- baseline: the leak check as it read publications before (detections of confidence >= 0.8
  only, no known people: an identifier the archive was never told about).

Per identifier: refused when a finding overlaps it in the OCR text (a partial read of a phone
number still refuses the image). Seconds per image are OCR + faces + the check; a second
check of the same bytes hits the cache (services/media.py) and costs the check only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ocr_faces import normalise, ocr_scenes  # noqa: E402

from haart_archive.media.vision import detect_faces, read_text, text_in_reading_order  # noqa: E402
from haart_archive.publishing.gates import free_text_findings  # noqa: E402
from haart_archive.redaction import HIGH_CONFIDENCE, KnownPerson, leak_check  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    scenes = ocr_scenes(args.quick)
    read_text(scenes[0].image.resize((64, 32)))  # load the models before timing
    detect_faces(scenes[0].image.resize((64, 32)))
    refused = {"gate": 0, "baseline": 0}
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    times: dict[str, list[float]] = defaultdict(list)
    check_times: list[float] = []
    missed: list[str] = []
    for scene in scenes:
        who = scene.planted
        names = tuple(who[k] for k in ("name",) if k in who)
        known = [KnownPerson("survivor", names, (), (), tuple(who[k] for k in ("phone", "id") if k in who), "p")]
        started = time.perf_counter()
        detect_faces(scene.image)
        text = text_in_reading_order(read_text(scene.image))
        checked = time.perf_counter()
        findings = free_text_findings("image", text, known)
        done = time.perf_counter()
        times[scene.size_class].append(done - started)
        check_times.append(done - checked)
        baseline = leak_check(text, [], min_confidence=HIGH_CONFIDENCE).leaks
        refused["gate"] += bool(findings)
        refused["baseline"] += bool(baseline)
        forms = [normalise(f.form) for f in findings]
        base_forms = [normalise(leak.form) for leak in baseline]
        for kind, value in who.items():
            value = normalise(value)
            hit = any(form and (form in value or value in form) for form in forms)
            base_hit = any(form and (form in value or value in form) for form in base_forms)
            per_kind[kind][0] += hit
            per_kind[kind][1] += base_hit
            per_kind[kind][2] += 1
            if not hit:
                missed.append(f"{scene.condition} [{scene.size_class}]: {kind} not refused; OCR read {text!r:.80}")
    total = len(scenes)
    print(f"== images refused: gate {refused['gate']}/{total} = {refused['gate'] / total:.1%}; "
          f"baseline {refused['baseline']}/{total} = {refused['baseline'] / total:.1%}")
    print(f"{'identifier':<12} {'planted':>7} {'gate':>7} {'baseline':>9}")
    for kind, (hit, base_hit, count) in sorted(per_kind.items()):
        print(f"{kind:<12} {count:>7} {hit / count:>7.0%} {base_hit / count:>9.0%}")
    print("\n== seconds per image: OCR + faces + check (models loaded)")
    for size_class, values in times.items():
        print(f"{size_class:<10} n={len(values):<3} median {statistics.median(values):.2f}  max {max(values):.2f}")
    print(f"the check alone (what a cached image costs): median {statistics.median(check_times) * 1000:.1f} ms")
    print("\nnot refused for that identifier:")
    for line in missed:
        print("  " + line)


if __name__ == "__main__":
    main()
