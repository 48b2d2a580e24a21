"""Media values: an asset as listed, and the shapes drawn to redact an image."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from haart_archive.media.images import Polygon, Rect, RedactionStyle
from haart_archive.media.metadata import MetadataFact, Risk
from haart_archive.media.probe import MediaKind
from haart_archive.media.vision import FaceBox, TextRegion
from haart_archive.vault.keys import Tier


@dataclass(frozen=True)
class MediaInfo:
    """A media asset as listed; `file_name` is None for roles without its tier."""

    id: str
    testimony_id: str | None
    kind: str
    format: str
    mime: str
    size: int
    tier: str
    state: str
    file_name: str | None
    width: int | None
    height: int | None
    duration_seconds: float | None
    pages: int | None
    derived_from: str | None
    shows_face: bool
    created_at: dt.datetime
    approved_by: str | None = None

    @property
    def is_consent_form(self) -> bool:
        return self.tier == Tier.IDENTITY.value

    def to_json(self) -> dict:
        return {
            key: (value.isoformat() if isinstance(value, dt.datetime) else value)
            for key, value in self.__dict__.items()
        }


@dataclass(frozen=True)
class SuggestedBox:
    """A region the redaction desk suggests covering: a face found or a line of text read."""

    kind: str  # "face" or "text"
    rect: Rect
    confidence: float
    text: str = ""  # the text read (for "text")

    def to_json(self) -> dict:
        return {"kind": self.kind, "box": [round(self.rect.x), round(self.rect.y), round(self.rect.w),
                                          round(self.rect.h)], "confidence": round(self.confidence, 3),
                "text": self.text}


__all__ = [
    "FaceBox", "MediaInfo", "MediaKind", "MetadataFact", "Polygon", "Rect", "RedactionStyle", "Risk", "SuggestedBox",
    "TextRegion",
]
