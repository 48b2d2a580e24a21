"""What a publication is made of, before it is rendered.

These values hold only material that is already public-tier: approved redacted texts
(whole or as quoted excerpts), approved derived images, captions, alt text and the
communications staff's own framing text. The reference ids tie an item back to the
redacted version or image it came from, for the publication register; renderers never
print them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message


class Channel(StrEnum):
    """Where a publication goes."""

    WEB = "web"
    REPORT = "report"
    PRESS = "press"
    SOCIAL_MEDIA = "social_media"
    DONOR_REPORT = "donor_report"
    PARTNER = "partner"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ItemKind(StrEnum):
    """The three kinds of item a publication carries."""

    TEXT = "text"  # a whole approved redacted version
    EXCERPT = "excerpt"  # a quoted passage of an approved redacted version
    IMAGE = "image"  # an approved derived image (new pixels, no metadata)


@dataclass(frozen=True)
class PublicationItem:
    """One item of a publication.

    ``source_ids`` names the approved redacted version(s) or derived image the item comes
    from; it goes to the publication register, never into the rendered output.
    For text and excerpt items ``text`` is the approved redacted text (paragraphs separated
    by blank lines). For image items ``image`` holds the PNG or JPEG bytes of the approved
    derived image, and ``alt_text`` describes it for screen readers. ``caption`` is shown
    under an image or as an attribution under a text.
    """

    kind: ItemKind
    source_ids: tuple[str, ...] = ()
    text: str = ""
    image: bytes | None = None
    caption: str = ""
    alt_text: str = ""

    def __post_init__(self) -> None:
        kind = ItemKind(self.kind)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "source_ids", tuple(self.source_ids))
        if kind is ItemKind.IMAGE:
            if not self.image:
                raise InvalidInput(Message("An image item needs the bytes of an approved image."))
            if not self.alt_text.strip():
                raise InvalidInput(Message(
                    "An image item needs alt text that describes the picture.",
                ))
            if self.text:
                raise InvalidInput(Message("An image item carries no text; use a caption instead."))
        else:
            if not self.text.strip():
                raise InvalidInput(Message(
                    "A text or excerpt item needs the approved redacted text.",
                ))
            if self.image is not None:
                raise InvalidInput(Message("A text or excerpt item cannot carry an image."))

    @classmethod
    def from_text(cls, text: str, *, source_id: str, caption: str = "") -> PublicationItem:
        """A whole approved redacted version."""
        return cls(ItemKind.TEXT, (source_id,), text=text, caption=caption)

    @classmethod
    def excerpt(cls, text: str, *, source_id: str, caption: str = "") -> PublicationItem:
        """A quoted passage of an approved redacted version."""
        return cls(ItemKind.EXCERPT, (source_id,), text=text, caption=caption)

    @classmethod
    def picture(
        cls, image: bytes, *, source_id: str, alt_text: str, caption: str = ""
    ) -> PublicationItem:
        """An approved derived image."""
        return cls(ItemKind.IMAGE, (source_id,), image=image, caption=caption, alt_text=alt_text)


@dataclass(frozen=True)
class PublicationContent:
    """Everything a renderer needs: title, channel, planned date, framing text and items.

    ``language`` is the BCP 47 tag written into the HTML (``en``, ``sw``); it does not
    change the layout.
    """

    title: str
    channel: Channel
    planned_date: dt.date | None = None
    framing_text: str = ""
    items: tuple[PublicationItem, ...] = field(default_factory=tuple)
    language: str = "en"

    def __post_init__(self) -> None:
        object.__setattr__(self, "channel", Channel(self.channel))
        object.__setattr__(self, "items", tuple(self.items))
        if not self.title.strip():
            raise InvalidInput(Message("A publication needs a title."))
        if self.language not in ("en", "sw"):
            raise InvalidInput(Message("The publication language must be 'en' or 'sw'."))

    def all_text(self) -> list[str]:
        """Every piece of text the renderers may put into an output, in reading order."""
        parts = [self.title, self.framing_text]
        for item in self.items:
            parts.extend((item.text, item.caption, item.alt_text))
        return [part for part in parts if part]


def paragraphs(text: str) -> list[str]:
    """Split text into paragraphs at blank lines; single line breaks become spaces."""
    blocks = text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]
