"""`haart-archive selftest-vision [IMAGE]`: a check, for builds, that OCR and face detection run.

Not for users (it has no help line): packaging/build.sh runs it inside the frozen program to
prove the models and ONNX Runtime's native libraries were collected. It reads a fictional name
drawn on a picture and, given IMAGE, needs at least one face in it. Exit 0 when both worked.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont

FICTIONAL = "Zawadi Njeri 0722 000 111"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("selftest-vision")
    parser.add_argument("image", type=Path, nargs="?", help="a photo with at least one face")
    parser.set_defaults(handler=selftest)


def selftest(args: argparse.Namespace) -> int:
    from haart_archive.archive import detect_faces, read_text, text_in_reading_order

    picture = Image.new("RGB", (640, 480), "white")
    font = ImageFont.truetype(str(Path(reportlab.__file__).resolve().parent / "fonts" / "Vera.ttf"), 32)
    ImageDraw.Draw(picture).text((30, 200), FICTIONAL, font=font, fill="black")
    started = time.perf_counter()
    text = text_in_reading_order(read_text(picture))
    ok = "".join(FICTIONAL.split()).casefold() in "".join(text.split()).casefold()
    print(f"OCR: {'read' if ok else 'DID NOT READ'} the test line ({time.perf_counter() - started:.1f} s)")
    started = time.perf_counter()
    faces = detect_faces(args.image.read_bytes() if args.image else picture)
    print(f"faces: {len(faces)} found ({time.perf_counter() - started:.1f} s)")
    if args.image and not faces:
        ok = False
    if not ok:
        print("selftest-vision: FAILED", file=sys.stderr)
    return 0 if ok else 1
