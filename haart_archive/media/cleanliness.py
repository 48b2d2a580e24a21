"""Proof that a derived image carries pixels and nothing else.

`assert_clean` walks the encoded file's structure and allows only what an image needs:
for PNG the IHDR, IDAT and IEND chunks; for JPEG the JFIF header, tables, frame and scan
segments, with nothing after the end marker. Anything else (EXIF, XMP, IPTC, ICC, comments,
text chunks, thumbnails, trailing data) is refused, whatever produced it.
"""

from __future__ import annotations

import io
import struct

from PIL import Image

from haart_archive.errors import ArchiveError
from haart_archive.messages import Message

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_ALLOWED_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND"}
JPEG_TABLE_MARKERS = {0xC4, 0xDB, 0xDD}  # Huffman tables, quantisation tables, restart interval
JPEG_FRAME_MARKERS = {0xC0, 0xC1, 0xC2}  # baseline, extended and progressive DCT
JPEG_ALLOWED_INFO = {
    "jfif",
    "jfif_version",
    "jfif_unit",
    "jfif_density",
    "progressive",
    "progression",
}


class MetadataSurvived(ArchiveError):
    """A derived image still carried metadata; it must not leave the archive."""

    exit_code = 5


def assert_clean(output: bytes) -> None:
    """Raise `MetadataSurvived` unless `output` is a PNG or JPEG holding pixels only."""
    if output.startswith(PNG_SIGNATURE):
        _check_png(output)
    elif output.startswith(b"\xff\xd8"):
        _check_jpeg(output)
    else:
        raise MetadataSurvived(Message(
            "A derived image must be PNG or JPEG to be checked for metadata.",
        ))
    _check_decoded(output)


def _refuse(what: str) -> MetadataSurvived:
    return MetadataSurvived(Message(
        "The derived image still carries {what}; it was not released.",
        what=what,
    ))


def _check_png(data: bytes) -> None:
    position, seen_end = len(PNG_SIGNATURE), False
    while position < len(data):
        if seen_end or position + 12 > len(data):
            raise _refuse("data after its end")
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        if kind not in PNG_ALLOWED_CHUNKS:
            raise _refuse(f"a PNG '{kind.decode('latin-1')}' chunk")
        seen_end = kind == b"IEND"
        position += 12 + length
    if not seen_end:
        raise _refuse("a broken PNG structure")


def _check_jpeg(data: bytes) -> None:
    position = 2
    while True:
        marker, length = _jpeg_segment(data, position)
        if 0xE1 <= marker <= 0xEF or marker == 0xFE:
            raise _refuse(f"a JPEG APP{marker - 0xE0} or comment segment")
        if marker == 0xE0 and data[position + 4 : position + 9] != b"JFIF\x00":
            raise _refuse("a JPEG APP0 segment other than JFIF")
        if marker not in JPEG_TABLE_MARKERS | JPEG_FRAME_MARKERS | {0xE0, 0xDA}:
            raise _refuse(f"an unexpected JPEG segment (FF{marker:02X})")
        position += 2 + length
        if marker == 0xDA:
            position = _skip_scan(data, position)
            if data[position : position + 2] == b"\xff\xd9":
                break
    if position + 2 != len(data):
        raise _refuse("data after the end of the JPEG image")


def _jpeg_segment(data: bytes, position: int) -> tuple[int, int]:
    if position + 4 > len(data) or data[position] != 0xFF:
        raise _refuse("a broken JPEG structure")
    marker = data[position + 1]
    (length,) = struct.unpack(">H", data[position + 2 : position + 4])
    return marker, length


def _skip_scan(data: bytes, position: int) -> int:
    """Position of the next marker after entropy-coded data (stuffed 00 and RSTn skipped)."""
    while True:
        position = data.find(b"\xff", position)
        if position < 0 or position + 1 >= len(data):
            raise _refuse("a broken JPEG scan")
        following = data[position + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            position += 1 if following == 0xFF else 2
            continue
        return position


def _check_decoded(output: bytes) -> None:
    with Image.open(io.BytesIO(output)) as image:
        if len(image.getexif()):
            raise _refuse("EXIF data")
        extra = set(image.info) - JPEG_ALLOWED_INFO
        if extra:
            raise _refuse("metadata (" + ", ".join(sorted(extra)) + ")")
