"""Text in images: what a reader of a published photo could read (a sign, an ID card, a phone).

The engine is RapidOCR with the PP-OCRv6 small detection and recognition models and the
PP-OCR text-direction classifier, all three shipped inside the `rapidocr` wheel (Apache-2.0)
and run by ONNX Runtime on the CPU. The models are named explicitly, so RapidOCR never takes
its download path; if they are missing the reader refuses with `DetectorUnavailable`.

Cost of the size limit: images are read with their longer side at most `OCR_MAX_SIDE`
pixels: whole when that is at most a million pixels, otherwise as a shrunk overview plus
overlapping parts of a million pixels (see `tiles`). A 4000x3000 phone photo is read at
2000x1500, as an overview and 6 parts, so print smaller than about 18 px in the original
(9 px after shrinking) can be missed. Callers that must be surer can pass a larger
`max_side`, at a cost in time that grows with the pixel count (bench/ocr_faces.py prints
both).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from haart_archive.errors import DetectorUnavailable
from haart_archive.media.vision.pixels import shrink, to_bgr_array, upright_rgb
from haart_archive.messages import Message

__all__ = [
    "DETECTOR_MAX_PIXELS",
    "MIN_CONFIDENCE",
    "OCR_MAX_SIDE",
    "TextRegion",
    "ocr_model_files",
    "read_text",
    "text_in_reading_order",
    "tiles",
]

OCR_MAX_SIDE = 2000
# Lines recognised with less confidence are dropped. RapidOCR's own default is 0.5; the gate
# prefers reading a doubtful line (an editor reviews it) to missing a name, so lower.
MIN_CONFIDENCE = 0.3

# The model files the rapidocr wheel ships (rapidocr/models/), by task.
MODEL_FILES = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
}

# The text detector misses small print in large inputs, so larger pictures are also read in
# parts of at most this many pixels (see `tiles`).
DETECTOR_MAX_PIXELS = 1_000_000
TILE_OVERLAP = 320
MAX_TILES = 64

UNAVAILABLE = Message(
    "The text reader (OCR) could not run: its model is missing or damaged, or it failed on "
    "this image. Reinstall HAART Archive if this keeps happening."
)

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class TextRegion:
    """One line of text found in an image.

    `box` is (left, top, right, bottom) in the upright image's pixels: the axis-aligned box
    around the (possibly slanted) line, so covering it covers the text.
    """

    box: Box
    text: str
    confidence: float


def read_text(
    image: Image.Image | bytes, *, max_side: int = OCR_MAX_SIDE, min_confidence: float = MIN_CONFIDENCE
) -> list[TextRegion]:
    """Every line of text the OCR reads in `image` (a PIL image or encoded image bytes).

    `max_side` caps the longer side the image is read at (see the module's note on what
    that costs); lines read with less than `min_confidence` are left out.

    Raises `InvalidInput` for an empty, corrupt or too large image and `DetectorUnavailable`
    when the engine cannot run. An image without text gives an empty list.
    """
    upright = upright_rgb(image)
    working, scale = shrink(upright, max_side)
    engine = _engine()
    regions: list[TextRegion] = []
    for part, offset, part_scale in _views(working):
        output = engine.read(part, min_confidence)
        if output.boxes is None or output.txts is None:
            continue
        for quad, text, score in zip(output.boxes, output.txts, output.scores, strict=True):
            if text.strip():
                moved = [(x / part_scale + offset[0], y / part_scale + offset[1]) for x, y in quad]
                regions.append(TextRegion(_box(moved, scale, upright.size), text, float(score)))
    return _without_repeats(regions)


def tiles(size: tuple[int, int]) -> list[Box]:
    """Overlapping parts of a picture of `size`, each at most `DETECTOR_MAX_PIXELS`.

    The detector misses small print in large inputs (measured: three clear 18 px lines in a
    2000x1500 photo are not found at all, and are found when the photo is read in parts of
    a million pixels). Parts overlap by `TILE_OVERLAP` pixels, so a line shorter than that
    is whole in one of them; longer lines are read from the overview (see `_views`).
    """
    width, height = size
    columns = rows = 1
    while True:
        tile_w = -(-(width + (columns - 1) * TILE_OVERLAP) // columns)
        tile_h = -(-(height + (rows - 1) * TILE_OVERLAP) // rows)
        if tile_w * tile_h <= DETECTOR_MAX_PIXELS or columns * rows >= MAX_TILES:
            break
        if tile_w >= tile_h:
            columns += 1
        else:
            rows += 1
    lefts = _starts(width, tile_w, columns)
    tops = _starts(height, tile_h, rows)
    return [(left, top, min(width, left + tile_w), min(height, top + tile_h)) for top in tops for left in lefts]


def _views(working: Image.Image) -> list[tuple[Image.Image, tuple[int, int], float]]:
    """What the detector is shown: (picture, its offset in `working`, its scale).

    A picture within `DETECTOR_MAX_PIXELS` is shown whole. A larger one is shown as an
    overview shrunk to that size (large text, and lines that cross the seams of parts) and
    as overlapping parts at full working size (small print).
    """
    parts = tiles(working.size)
    if len(parts) == 1:
        return [(working, (0, 0), 1.0)]
    factor = (DETECTOR_MAX_PIXELS / (working.width * working.height)) ** 0.5
    overview, overview_scale = shrink(working, max(1, int(max(working.size) * factor)))
    views = [(overview, (0, 0), overview_scale)]
    views += [(working.crop(box), (box[0], box[1]), 1.0) for box in parts]
    return views


def text_in_reading_order(regions: Iterable[TextRegion]) -> str:
    """The text of `regions` as a person reads it: lines top to bottom, each left to right."""
    lines: list[list[TextRegion]] = []
    for region in sorted(regions, key=_centre_y):
        if lines and _same_line(lines[-1], region):
            lines[-1].append(region)
        else:
            lines.append([region])
    return "\n".join(" ".join(r.text for r in sorted(line, key=lambda r: r.box[0])) for line in lines)


def ocr_model_files() -> dict[str, Path]:
    """Where the shipped OCR models are (raises `DetectorUnavailable` if one is missing)."""
    try:
        import rapidocr
    except ImportError as error:
        raise DetectorUnavailable(UNAVAILABLE) from error
    folder = Path(rapidocr.__file__).resolve().parent / "models"
    files = {task: folder / name for task, name in MODEL_FILES.items()}
    if not all(path.is_file() for path in files.values()):
        raise DetectorUnavailable(UNAVAILABLE)
    return files


class _TextReader:
    """One RapidOCR engine; calls are serialised because RapidOCR keeps per-call state."""

    def __init__(self) -> None:
        from rapidocr import RapidOCR

        params: dict[str, Any] = {
            "Global.log_level": "error",
            "Global.max_side_len": 1 << 16,  # shrinking is done here (max_side), once
        }
        params.update({f"{task}.model_path": str(path) for task, path in ocr_model_files().items()})
        self._engine = RapidOCR(params=params)
        self._lock = threading.Lock()

    def read(self, image: Image.Image, min_confidence: float) -> Any:
        pixels = to_bgr_array(image)
        with self._lock:
            try:
                return self._engine(pixels, text_score=min_confidence)
            except Exception as error:  # onnxruntime raises its own types; fail closed
                logging.getLogger(__name__).warning("OCR failed: %s", type(error).__name__)
                raise DetectorUnavailable(UNAVAILABLE) from error


_reader: _TextReader | None = None
_reader_lock = threading.Lock()


def _engine() -> _TextReader:
    """The process's one text reader, loaded on first use (about 1 s)."""
    global _reader
    with _reader_lock:
        if _reader is None:
            try:
                _reader = _TextReader()
            except DetectorUnavailable:
                raise
            except Exception as error:
                raise DetectorUnavailable(UNAVAILABLE) from error
        return _reader


def _box(quad: Sequence[Sequence[float]], scale: float, size: tuple[int, int]) -> Box:
    xs = [point[0] / scale for point in quad]
    ys = [point[1] / scale for point in quad]
    width, height = size
    return (
        max(0, int(min(xs))),
        max(0, int(min(ys))),
        min(width, int(round(max(xs) + 0.5))),
        min(height, int(round(max(ys) + 0.5))),
    )


def _starts(length: int, tile: int, count: int) -> list[int]:
    if count == 1:
        return [0]
    step = (length - tile) / (count - 1)
    return [round(index * step) for index in range(count)]


def _without_repeats(regions: list[TextRegion]) -> list[TextRegion]:
    """Drop a line read twice where tiles overlap: a region inside a longer one with its text."""

    def repeats(index: int, region: TextRegion) -> bool:
        inner = _squeezed(region.text)
        for other_index, other in enumerate(regions):
            outer = _squeezed(other.text)
            if (
                other_index != index
                and inner in outer
                and (len(inner) < len(outer) or other_index < index)
                and _inside(region.box, other.box)
            ):
                return True
        return False

    return [region for index, region in enumerate(regions) if not repeats(index, region)]


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


def _inside(box: Box, outer: Box) -> bool:
    """Whether most (60 %) of `box` lies within `outer`."""
    width = max(0, min(box[2], outer[2]) - max(box[0], outer[0]))
    height = max(0, min(box[3], outer[3]) - max(box[1], outer[1]))
    area = max(1, (box[2] - box[0]) * (box[3] - box[1]))
    return width * height >= 0.6 * area


def _centre_y(region: TextRegion) -> float:
    return (region.box[1] + region.box[3]) / 2


def _same_line(line: list[TextRegion], region: TextRegion) -> bool:
    last = line[-1]
    height = min(last.box[3] - last.box[1], region.box[3] - region.box[1])
    return abs(_centre_y(region) - _centre_y(last)) <= max(1, height) / 2
