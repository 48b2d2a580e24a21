"""What an original file reveals about where, when and by whom it was made, in plain words.

The editor sees this list before publishing anything derived from the file: a GPS
position, a serial number or an owner's name in a photo can lead someone to a survivor.
The list describes the original; redacted outputs carry none of it (see `assert_clean`).
"""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass
from enum import StrEnum

from PIL import ExifTags, Image, IptcImagePlugin, UnidentifiedImageError

from haart_archive.errors import InvalidInput
from haart_archive.media.images import IMAGE_FORMATS
from haart_archive.messages import Message

MAX_VALUE_CHARS = 200
IFD = ExifTags.IFD


class Risk(StrEnum):
    """How much a fact could help someone find or identify a person."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class MetadataFact:
    """One thing the file says about itself, e.g. ("GPS position", "-1.2921, 36.8219", high)."""

    label: str
    value: str
    risk: Risk


# EXIF tags worth naming: tag -> (label, risk)
IFD0_TAGS = {
    0x010F: ("Camera maker", Risk.LOW),
    0x0110: ("Camera model", Risk.LOW),
    0x0131: ("Software", Risk.LOW),
    0x0132: ("Date changed", Risk.MEDIUM),
    0x013B: ("Author", Risk.HIGH),
    0x8298: ("Copyright", Risk.MEDIUM),
    0x010E: ("Caption", Risk.HIGH),
    0x9C9D: ("Author (Windows)", Risk.HIGH),
    0x9C9C: ("Comment (Windows)", Risk.HIGH),
}
EXIF_IFD_TAGS = {
    0x9003: ("Date taken", Risk.MEDIUM),
    0xA430: ("Camera owner", Risk.HIGH),
    0xA431: ("Camera serial number", Risk.HIGH),
    0xA435: ("Lens serial number", Risk.HIGH),
    0xA434: ("Lens", Risk.LOW),
    0x9286: ("User comment", Risk.HIGH),
    0xA420: ("Unique image id", Risk.MEDIUM),
}
IPTC_TAGS = {
    (2, 80): ("Author (IPTC)", Risk.HIGH),
    (2, 90): ("City", Risk.HIGH),
    (2, 92): ("Place", Risk.HIGH),
    (2, 95): ("Province or state", Risk.MEDIUM),
    (2, 101): ("Country", Risk.MEDIUM),
    (2, 120): ("Caption (IPTC)", Risk.HIGH),
    (2, 5): ("Title (IPTC)", Risk.MEDIUM),
    (2, 25): ("Keywords", Risk.MEDIUM),
    (2, 116): ("Copyright (IPTC)", Risk.MEDIUM),
}
XMP_FIELDS = {
    "dc:creator": ("Author (XMP)", Risk.HIGH),
    "dc:description": ("Caption (XMP)", Risk.HIGH),
    "dc:title": ("Title (XMP)", Risk.MEDIUM),
    "photoshop:City": ("City (XMP)", Risk.HIGH),
    "photoshop:Country": ("Country (XMP)", Risk.MEDIUM),
    "Iptc4xmpCore:Location": ("Place (XMP)", Risk.HIGH),
    "exif:GPSLatitude": ("GPS latitude (XMP)", Risk.HIGH),
    "exif:GPSLongitude": ("GPS longitude (XMP)", Risk.HIGH),
}
RISK_ORDER = {Risk.HIGH: 0, Risk.MEDIUM: 1, Risk.LOW: 2}


def describe_metadata(data: bytes) -> list[MetadataFact]:
    """The metadata facts of an image or PDF, most dangerous first.

    Raises `InvalidInput` when the data is neither an image the archive reads nor a PDF.
    """
    facts = _pdf_facts(data) if data[:5] == b"%PDF-" else _image_facts(data)
    return sorted(facts, key=lambda fact: RISK_ORDER[fact.risk])


def _image_facts(data: bytes) -> list[MetadataFact]:
    try:
        image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise InvalidInput(
            Message(
                "The file is not an image whose metadata the archive can read.",
            )
        ) from None
    with image:
        _read_trailing_chunks(image)
        exif = image.getexif()
        return [
            *_gps_facts(exif),
            *_tag_facts(exif, IFD0_TAGS),
            *_tag_facts(exif.get_ifd(IFD.Exif), EXIF_IFD_TAGS),
            *_structure_facts(image, exif, data),
            *_iptc_facts(image),
            *_xmp_facts(image, data),
            *_comment_facts(image),
        ]


def _read_trailing_chunks(image: Image.Image) -> None:
    """PNG may keep EXIF (and GPS) in an eXIf chunk after the pixels: decode to reach it."""
    if image.format == "PNG":
        # a damaged picture still shows what its header chunks say
        with contextlib.suppress(OSError, SyntaxError, ValueError):
            image.load()


def _gps_facts(exif: Image.Exif) -> list[MetadataFact]:
    gps = exif.get_ifd(IFD.GPSInfo)
    if not gps:
        return []
    latitude = _degrees(gps.get(2), gps.get(1), "S")
    longitude = _degrees(gps.get(4), gps.get(3), "W")
    if latitude is None or longitude is None:
        return [MetadataFact("GPS data", "present (no full position)", Risk.HIGH)]
    facts = [MetadataFact("GPS position", f"{latitude:.6f}, {longitude:.6f}", Risk.HIGH)]
    if gps.get(6) is not None:
        facts.append(MetadataFact("GPS altitude", f"{float(gps[6]):.1f} m", Risk.MEDIUM))
    return facts


def _degrees(value, reference, negative: str) -> float | None:
    try:
        degrees, minutes, seconds = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    sign = -1 if _text(reference).strip().upper() == negative else 1
    return sign * (degrees + minutes / 60 + seconds / 3600)


def _tag_facts(tags, wanted: dict) -> list[MetadataFact]:
    facts = []
    for tag, (label, risk) in wanted.items():
        value = _text(tags.get(tag)).strip(" \x00")
        if value:
            facts.append(MetadataFact(label, _short(value), risk))
    return facts


def _structure_facts(image: Image.Image, exif: Image.Exif, data: bytes) -> list[MetadataFact]:
    facts = []
    if exif.get_ifd(IFD.IFD1) or (image.format == "JPEG" and data.count(b"\xff\xd8\xff") > 1):
        facts.append(
            MetadataFact("Embedded thumbnail", "present: a small unredacted copy", Risk.HIGH)
        )
    if exif.get(0x927C) or exif.get_ifd(IFD.Exif).get(0x927C):
        facts.append(
            MetadataFact("Maker notes", "present: may hold owner name or serial number", Risk.HIGH)
        )
    if image.info.get("icc_profile"):
        facts.append(MetadataFact("Colour profile", "present", Risk.LOW))
    orientation = exif.get(0x0112)
    if orientation and orientation != 1:
        facts.append(MetadataFact("Orientation", f"turned (EXIF value {orientation})", Risk.LOW))
    return facts


def _iptc_facts(image: Image.Image) -> list[MetadataFact]:
    try:
        iptc = IptcImagePlugin.getiptcinfo(image) or {}
    except (OSError, SyntaxError, ValueError, IndexError):
        return [MetadataFact("IPTC data", "present (unreadable)", Risk.MEDIUM)]
    facts = []
    for key, (label, risk) in IPTC_TAGS.items():
        values = iptc.get(key)
        if values:
            values = values if isinstance(values, list) else [values]
            facts.append(MetadataFact(label, _short(", ".join(_text(v) for v in values)), risk))
    return facts


def _xmp_facts(image: Image.Image, data: bytes) -> list[MetadataFact]:
    packet = _text(image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b"")
    if not packet and b"<x:xmpmeta" in data:
        start = data.index(b"<x:xmpmeta")
        packet = _text(data[start : data.find(b"</x:xmpmeta>", start) + 12])
    if not packet:
        return []
    facts = [MetadataFact("XMP data", "present", Risk.MEDIUM)]
    for field, (label, risk) in XMP_FIELDS.items():
        value = _xmp_value(packet, field)
        if value:
            facts.append(MetadataFact(label, _short(value), risk))
    return facts


def _xmp_value(packet: str, field: str) -> str:
    attribute = re.search(rf'{re.escape(field)}="([^"]*)"', packet)
    if attribute:
        return attribute.group(1)
    element = re.search(rf"<{re.escape(field)}\b[^>]*>(.*?)</{re.escape(field)}>", packet, re.S)
    if not element:
        return ""
    return ", ".join(
        t.strip() for t in re.findall(r">([^<>]+)<", f">{element.group(1)}<") if t.strip()
    )


def _comment_facts(image: Image.Image) -> list[MetadataFact]:
    facts = []
    comment = image.info.get("comment")
    if comment:
        facts.append(MetadataFact("Comment", _short(_text(comment)), Risk.HIGH))
    for key, value in (getattr(image, "text", None) or {}).items():
        if key != "XML:com.adobe.xmp" and value != comment:
            facts.append(
                MetadataFact(f"Text note '{_short(key)}'", _short(_text(value)), Risk.MEDIUM)
            )
    return facts


def _pdf_facts(data: bytes) -> list[MetadataFact]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        info = PdfReader(io.BytesIO(data), strict=False).metadata or {}
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        raise InvalidInput(Message("The PDF is damaged: its metadata could not be read.")) from None
    wanted = {
        "/Author": ("Author", Risk.HIGH),
        "/Title": ("Title", Risk.MEDIUM),
        "/Subject": ("Subject", Risk.MEDIUM),
        "/Creator": ("Made with", Risk.LOW),
        "/Producer": ("Software", Risk.LOW),
        "/CreationDate": ("Date made", Risk.MEDIUM),
    }
    facts = _tag_facts(info, wanted)
    if b"<x:xmpmeta" in data:
        facts.append(MetadataFact("XMP data", "present", Risk.MEDIUM))
    if b"Photoshop 3.0" in data or b"8BIM" in data:
        facts.append(MetadataFact("Embedded photo metadata", "present (IPTC or EXIF)", Risk.HIGH))
    return facts


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        if value[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return value.decode("utf-16", errors="replace")
        return value.decode("utf-8", errors="replace")
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        return bytes(value).decode("utf-16-le", errors="replace")  # XP* tags
    return str(value)


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= MAX_VALUE_CHARS else value[: MAX_VALUE_CHARS - 1] + "…"
