"""Read outside files safely: text in a known encoding, size limits, zip bombs.

Every reader here takes a path and reads it in place: no source file is ever copied to a
temporary location, where its plain text would outlive the import.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

MAX_SOURCE_BYTES = 256 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
MAX_TEXT_CHARS = 5_000_000
TEXT_ENCODINGS = ("utf-8", "cp1252")
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with a byte-order mark",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252 (cp1252)",
}


def check_size(path: Path, limit: int = MAX_SOURCE_BYTES) -> int:
    """The file's size; refuses empty files and files over the limit."""
    try:
        size = path.stat().st_size
    except OSError:
        raise InvalidInput(Message("it cannot be opened (missing, or no permission to read it).")) from None
    if size == 0:
        raise InvalidInput(Message("the file is empty."))
    if size > limit:
        raise InvalidInput(Message(
            "the file is larger than {value} MiB; split it first.",
            value=limit // (1024 * 1024),
        ))
    return size


def read_bytes(path: Path, limit: int = MAX_SOURCE_BYTES) -> bytes:
    check_size(path, limit)
    try:
        return path.read_bytes()
    except OSError:
        raise InvalidInput(Message("it cannot be read (no permission, or the disk failed).")) from None


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: a BOM decides, else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        if b"\x00" in data[:65536]:
            raise InvalidInput(Message(
                "it holds binary data, not text (is it really a text file?).",
            ))
        candidates = TEXT_ENCODINGS
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise InvalidInput(Message(
                "it holds binary data, not text (is it really a text file?).",
            ))
        return text, encoding
    raise InvalidInput(Message(
        "its text is neither UTF-8 nor Windows-1252; save it as UTF-8 and try again.",
    ))


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\x7f")
    return "\x00" in sample or controls > max(8, len(sample) // 100)


def check_zip(path: Path, kind: str) -> None:
    """Refuse a damaged Office file, or one that would unpack to more than we can hold."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InvalidInput(Message(
            "it is damaged or not a real {kind} file (it cannot be unpacked).",
            kind=kind,
        )) from None
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_UNZIPPED_BYTES:
        raise InvalidInput(Message(
            "it would unpack to more than {value} GiB; it is not an ordinary {kind} file.",
            value=MAX_UNZIPPED_BYTES // 1024 ** 3,
            kind=kind,
        ))


def encoding_label(encoding: str | None) -> str | None:
    return ENCODING_LABELS.get(encoding, encoding) if encoding else None


def clean_text(text: str) -> str:
    """Normalise line ends, drop NULs and trailing spaces; cap absurd lengths."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    cleaned = "\n".join(lines)
    if len(cleaned) > MAX_TEXT_CHARS:
        raise InvalidInput(Message(
            "its text is longer than {max_text_chars:,} characters; split it into "
            "several testimonies.",
            max_text_chars=MAX_TEXT_CHARS,
        ))
    return cleaned
