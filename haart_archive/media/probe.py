"""Checking a file before it is imported: is it what its name says, whole, and not too big?

`probe` is called by the archive layer before anything is stored. It reads the file's
magic numbers, compares them with the name's extension, then opens the file the way the
app later will (decodes the image, reads the PDF's page tree, reads the recording's
headers). Any problem is one `InvalidInput` sentence; nothing is stored when it raises.
Error sentences never repeat the file's name, which may itself name a survivor.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath
from typing import BinaryIO

from PIL import Image

from haart_archive.errors import InvalidInput
from haart_archive.media.audio import audio_duration
from haart_archive.media.images import open_image
from haart_archive.messages import Message

HEAD_BYTES = 64
ORIENTATION_TAG = 0x0112
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
MP4_AUDIO_BRANDS = {
    b"M4A ",
    b"M4B ",
    b"mp41",
    b"mp42",
    b"isom",
    b"iso2",
    b"3gp4",
    b"3gp5",
    b"3gp6",
    b"3ga4",
}
MIB = 1024 * 1024
DEFAULT_SIZE_LIMIT = 2 * 1024**3  # the largest media file the archive takes in


class MediaKind(StrEnum):
    """What sort of media a file is."""

    IMAGE = "image"
    PDF = "pdf"
    AUDIO = "audio"


@dataclass(frozen=True)
class MediaProbe:
    """What the archive learned about a file it is about to import."""

    kind: MediaKind
    format: str
    mime: str
    size: int
    width: int | None = None
    height: int | None = None
    duration_seconds: float | None = None
    pages: int | None = None


@dataclass(frozen=True)
class _Format:
    name: str
    kind: MediaKind
    mime: str
    extensions: tuple[str, ...]
    matches: Callable[[bytes], bool]


def _ftyp_brand(head: bytes) -> bytes | None:
    return head[8:12] if head[4:8] == b"ftyp" else None


FORMATS = (
    _Format(
        "JPEG",
        MediaKind.IMAGE,
        "image/jpeg",
        ("jpg", "jpeg", "jpe"),
        lambda h: h[:3] == b"\xff\xd8\xff",
    ),
    _Format("PNG", MediaKind.IMAGE, "image/png", ("png",), lambda h: h[:8] == b"\x89PNG\r\n\x1a\n"),
    _Format(
        "WEBP",
        MediaKind.IMAGE,
        "image/webp",
        ("webp",),
        lambda h: h[:4] == b"RIFF" and h[8:12] == b"WEBP",
    ),
    _Format(
        "TIFF",
        MediaKind.IMAGE,
        "image/tiff",
        ("tif", "tiff"),
        lambda h: h[:4] in (b"II*\x00", b"MM\x00*"),
    ),
    _Format(
        "GIF", MediaKind.IMAGE, "image/gif", ("gif",), lambda h: h[:6] in (b"GIF87a", b"GIF89a")
    ),
    _Format(
        "HEIC",
        MediaKind.IMAGE,
        "image/heic",
        ("heic", "heif"),
        lambda h: _ftyp_brand(h) in HEIF_BRANDS,
    ),
    _Format("PDF", MediaKind.PDF, "application/pdf", ("pdf",), lambda h: h[:5] == b"%PDF-"),
    _Format(
        "MP3",
        MediaKind.AUDIO,
        "audio/mpeg",
        ("mp3",),
        lambda h: (
            h[:3] == b"ID3" or (len(h) > 1 and h[0] == 0xFF and h[1] & 0xE6 in (0xE2, 0xE4, 0xE6))
        ),
    ),
    _Format(
        "M4A",
        MediaKind.AUDIO,
        "audio/mp4",
        ("m4a", "3gp", "3ga"),
        lambda h: _ftyp_brand(h) in MP4_AUDIO_BRANDS,
    ),
    _Format(
        "OGG", MediaKind.AUDIO, "audio/ogg", ("ogg", "oga", "opus"), lambda h: h[:4] == b"OggS"
    ),
    _Format(
        "WAV",
        MediaKind.AUDIO,
        "audio/wav",
        ("wav",),
        lambda h: h[:4] == b"RIFF" and h[8:12] == b"WAVE",
    ),
    _Format("AMR", MediaKind.AUDIO, "audio/amr", ("amr", "awb"), lambda h: h.startswith(b"#!AMR")),
)
_BY_EXTENSION = {ext: fmt for fmt in FORMATS for ext in fmt.extensions}


def accepted_extensions() -> list[str]:
    """File name endings the archive imports (for the file dialog's filter)."""
    return sorted(_BY_EXTENSION)


def probe(source: Path | str | BinaryIO | bytes, declared_name: str, size_limit: int) -> MediaProbe:
    """Check that a file is what `declared_name` says and can be opened; describe it.

    `source` is a path, a seekable binary stream or bytes. Raises `InvalidInput` with one
    sentence for an empty file, a file over `size_limit` bytes, an unknown extension,
    contents that do not match the extension, and a damaged, truncated or oversized
    (decompression bomb) image, PDF or recording.
    """
    expected = _format_for_name(declared_name)
    with _opened(source) as stream:
        size = _size_of(stream)
        _check_size(size, size_limit)
        head = stream.read(HEAD_BYTES)
        _check_magic(expected, head)
        return _describe(expected, stream, size)


def _format_for_name(declared_name: str) -> _Format:
    extension = PurePath(declared_name).suffix.lower().lstrip(".")
    found = _BY_EXTENSION.get(extension)
    if found is None:
        shown = f"'.{extension}'" if extension else "no extension"
        raise InvalidInput(
            Message(
                "Files with {shown} cannot be imported; the archive takes JPEG, PNG, WebP, "
                "TIFF, GIF, HEIC, PDF, MP3, M4A, OGG, WAV and AMR files.",
                shown=shown,
            )
        )
    return found


@contextlib.contextmanager
def _opened(source: Path | str | BinaryIO | bytes) -> Iterator[BinaryIO]:
    if isinstance(source, bytes | bytearray | memoryview):
        yield io.BytesIO(bytes(source))
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise InvalidInput(Message("The file could not be opened: check that it still exists."))
        with path.open("rb") as handle:
            yield handle
    else:
        if not source.seekable():
            raise InvalidInput(Message(
                "The file must be read from a disk or memory, not a stream.",
            ))
        source.seek(0)
        yield source


def _size_of(stream: BinaryIO) -> int:
    size = stream.seek(0, os.SEEK_END)
    stream.seek(0)
    return size


def _check_size(size: int, size_limit: int) -> None:
    if size == 0:
        raise InvalidInput(Message("The file is empty (0 bytes): there is nothing to import."))
    if size > size_limit:
        raise InvalidInput(
            Message(
                "The file is {megabytes}, more than the limit of {megabytes_2} set for this "
                "archive.",
                megabytes=_megabytes(size),
                megabytes_2=_megabytes(size_limit),
            )
        )


def _megabytes(size: int) -> str:
    return f"{size / MIB:.1f} MB" if size >= MIB else f"{size:,} bytes"


def _check_magic(expected: _Format, head: bytes) -> None:
    if expected.matches(head):
        return
    actual = next((fmt for fmt in FORMATS if fmt.matches(head)), None)
    what = f"a {actual.name} file" if actual else "not any format the archive takes"
    raise InvalidInput(Message(
        "The file's name says {name} but its contents are {what}.",
        name=expected.name,
        what=what,
    ))


def _describe(fmt: _Format, stream: BinaryIO, size: int) -> MediaProbe:
    stream.seek(0)
    base = {"format": fmt.name, "mime": fmt.mime, "size": size}
    if fmt.kind is MediaKind.IMAGE:
        width, height = _upright_size(open_image(stream.read()))
        return MediaProbe(MediaKind.IMAGE, width=width, height=height, **base)
    if fmt.kind is MediaKind.PDF:
        return MediaProbe(MediaKind.PDF, pages=_pdf_pages(stream), **base)
    return MediaProbe(MediaKind.AUDIO, duration_seconds=audio_duration(stream, fmt.name), **base)


def _upright_size(image: Image.Image) -> tuple[int, int]:
    """Size as the editor sees it: EXIF orientations 5 to 8 turn the picture a quarter."""
    width, height = image.size
    return (
        (height, width) if image.getexif().get(ORIENTATION_TAG) in (5, 6, 7, 8) else (width, height)
    )


def _pdf_pages(stream: BinaryIO) -> int:
    """Page count of a PDF; refuses one cut short (no end marker) or with a broken page tree."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    stream.seek(max(0, _size_of(stream) - 2048))
    if b"%%EOF" not in stream.read():
        raise InvalidInput(Message("The PDF was cut short: its end marker is missing."))
    stream.seek(0)
    try:
        pages = len(PdfReader(stream, strict=False).pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError):
        raise InvalidInput(Message("The PDF is damaged: its pages could not be read.")) from None
    if pages == 0:
        raise InvalidInput(Message("The PDF has no pages."))
    return pages
