"""What a photo shows a reader: its text (OCR) and its faces, found on this machine.

Both engines run on ONNX Runtime with models that ship inside the installation (nothing is
downloaded), load lazily once per process, are safe to call from several threads, and take a
PIL image or encoded image bytes, EXIF orientation applied first:

* `read_text(image) -> list[TextRegion]` and `text_in_reading_order(regions) -> str`;
* `detect_faces(image) -> list[FaceBox]`.

Bad images raise `InvalidInput`; an engine that cannot run raises `DetectorUnavailable`,
which a gate must treat as a refusal.
"""

from haart_archive.media.vision.faces import FACE_MAX_SIDE, FaceBox, detect_faces
from haart_archive.media.vision.ocr import (
    OCR_MAX_SIDE,
    TextRegion,
    read_text,
    text_in_reading_order,
)

__all__ = [
    "FACE_MAX_SIDE",
    "OCR_MAX_SIDE",
    "FaceBox",
    "TextRegion",
    "detect_faces",
    "read_text",
    "text_in_reading_order",
]
