"""Fictional publication content shared by the publishing tests."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from haart_archive.publishing import Channel, PublicationContent, PublicationItem

TITLE = "Sauti za Manusura: safari ya Ochieng'"
FRAMING = (
    "HAART Kenya shares these words with the consent of the survivors.\n\n"
    "Majina yamebadilishwa ili kuwalinda: “Survivor A” ni jina la kubuni."
)
WHOLE_TEXT = (
    "Survivor A left Mombasa in 2021 for a job that did not exist.\n\n"
    "Nilifanya kazi saa kumi na nane kwa siku, bila mshahara. Mwajiri B alichukua pasipoti yangu."
)
EXCERPT = "Sikuwa na mtu wa kuzungumza naye — nilikuwa peke yangu."
CAPTION_TEXT = "Survivor A, 2023"
ALT_TEXT = "Hands holding a cup of tea; faces are not shown"
CAPTION_IMAGE = "Chai ya asubuhi at the shelter"


def png_bytes(size=(320, 200), color=(180, 90, 40), mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, color).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def content() -> PublicationContent:
    return PublicationContent(
        title=TITLE,
        channel=Channel.WEB,
        planned_date=dt.date(2025, 6, 30),
        framing_text=FRAMING,
        items=(
            PublicationItem.from_text(WHOLE_TEXT, source_id="rv-0001", caption=CAPTION_TEXT),
            PublicationItem.excerpt(EXCERPT, source_id="rv-0002"),
            PublicationItem.picture(
                png_bytes(), source_id="img-0001", alt_text=ALT_TEXT, caption=CAPTION_IMAGE
            ),
        ),
        language="sw",
    )


def words(text: str) -> str:
    """Text with every run of whitespace made one space, as a leak check would compare it."""
    return " ".join(text.split())


def intended_pdf_text() -> str:
    """The text a reader should see in the PDF of the fixture, in reading order."""
    return words(" ".join([TITLE, FRAMING, WHOLE_TEXT, CAPTION_TEXT, EXCERPT, CAPTION_IMAGE]))
