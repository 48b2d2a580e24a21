"""The PDF, read back with pypdf, holds exactly the intended text, metadata and pixels."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from haart_archive.errors import InvalidInput
from haart_archive.publishing import (
    Channel,
    PublicationContent,
    PublicationItem,
    extract_pdf_text,
    pdf_images,
    read_pdf,
    render_pdf,
    render_pdf_from_paragraphs,
)
from haart_archive.publishing.pdf import NEUTRAL_PRODUCER
from tests.publishing.conftest import TITLE, intended_pdf_text, png_bytes, words

ALLOWED_IMAGE_KEYS = {
    "/Type", "/Subtype", "/Width", "/Height", "/ColorSpace", "/BitsPerComponent",
    "/Filter", "/DecodeParms", "/Decode", "/SMask", "/Length",
}  # fmt: skip


def test_page_text_is_exactly_the_intended_text(content):
    pages = read_pdf(render_pdf(content)).pages

    assert words(" ".join(pages)) == intended_pdf_text()


def test_metadata_is_the_deliberate_set_and_nothing_else(content):
    readback = read_pdf(render_pdf(content))

    assert readback.metadata == {
        "/Title": TITLE,
        "/Author": "HAART Kenya",
        "/Creator": NEUTRAL_PRODUCER,
        "/Producer": NEUTRAL_PRODUCER,
    }
    assert readback.xmp == ""
    assert set(readback.strings) <= {TITLE, "HAART Kenya", NEUTRAL_PRODUCER}


def test_metadata_title_and_organisation_can_be_chosen(content):
    readback = read_pdf(
        render_pdf(content, organisation="Shirika la Mfano", metadata_title="Ripoti 2025")
    )

    assert readback.metadata["/Title"] == "Ripoti 2025"
    assert readback.metadata["/Author"] == "Shirika la Mfano"


def test_no_tool_name_reference_id_or_date_anywhere_in_the_file(content):
    pdf = render_pdf(content)
    text = extract_pdf_text(pdf)

    assert b"reportlab" not in pdf.lower()
    for leak in ("rv-0001", "rv-0002", "img-0001", "2025"):
        assert leak.encode() not in pdf
        assert leak not in text
    assert b"/CreationDate" not in pdf and b"/ModDate" not in pdf


def test_the_same_content_gives_the_same_bytes(content):
    assert render_pdf(content) == render_pdf(content)


def test_fonts_are_embedded_truetype_not_base14(content):
    reader = PdfReader(io.BytesIO(render_pdf(content)))
    fonts = reader.pages[0]["/Resources"]["/Font"].get_object()

    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert not any(base in font["/BaseFont"] for base in ("Helvetica", "Times", "Courier"))


def test_markup_in_the_text_stays_text():
    sneaky = "Ochieng' wrote <b>bold</b> & <font color='white'>hidden</font> text"
    content = PublicationContent(
        "Test", Channel.REPORT, items=[PublicationItem.from_text(sneaky, source_id="rv-1")]
    )

    assert words(sneaky) in words(" ".join(read_pdf(render_pdf(content)).pages))


@pytest.mark.parametrize("char", ["\u200b", "\u014b", "\u202e", "\x07"])
def test_characters_the_font_cannot_show_are_refused(char):
    content = PublicationContent(
        "Test", Channel.WEB, items=[PublicationItem.from_text(f"Jina{char}Siri", source_id="r")]
    )

    with pytest.raises(InvalidInput, match=f"U\\+{ord(char):04X}"):
        render_pdf(content)


def test_a_long_token_is_never_split_across_lines():
    token = "survivor.a.example.identifier." * 5
    content = PublicationContent(
        "Test",
        Channel.WEB,
        items=[PublicationItem.from_text(f"Before {token} after", source_id="r")],
    )

    assert token in read_pdf(render_pdf(content)).pages[0]


def test_long_texts_flow_over_pages_and_read_back_whole():
    paragraphs = [
        f"Aya ya {n}: maneno ya kubuni kuhusu safari ndefu ya kazi. " * 6 for n in range(40)
    ]
    content = PublicationContent(
        "Long",
        Channel.REPORT,
        items=[PublicationItem.from_text("\n\n".join(paragraphs), source_id="r")],
    )

    pages = read_pdf(render_pdf(content)).pages

    assert len(pages) > 2
    assert words(" ".join(pages)) == words("Long " + " ".join(paragraphs))


def test_the_image_is_embedded_from_its_pixels_only():
    picture = png_bytes(size=(64, 48), color=(10, 120, 200))
    content = PublicationContent(
        "Pic", Channel.PRESS, items=[PublicationItem.picture(picture, source_id="i", alt_text="x")]
    )

    (image,) = pdf_images(render_pdf(content))

    assert image.keys <= ALLOWED_IMAGE_KEYS
    assert image.decoded == Image.open(io.BytesIO(picture)).convert("RGB").tobytes()


def test_metadata_in_a_given_image_does_not_reach_the_pdf():
    canary = "CANARY-Kariuki-Nakuru"
    exif = Image.Exif()
    exif[0x010E] = canary  # ImageDescription
    exif[0x013B] = canary  # Artist
    jpeg = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 90, 90)).save(jpeg, format="JPEG", exif=exif, comment=canary)
    assert canary.encode() in jpeg.getvalue()
    content = PublicationContent(
        "Pic",
        Channel.PRESS,
        items=[PublicationItem.picture(jpeg.getvalue(), source_id="i", alt_text="x")],
    )

    pdf = render_pdf(content)
    (image,) = pdf_images(pdf)

    assert canary.encode() not in pdf
    assert canary.encode() not in image.decoded
    assert "/Metadata" not in image.keys
    assert image.keys <= ALLOWED_IMAGE_KEYS


def test_transparency_survives_as_a_soft_mask():
    content = PublicationContent(
        "Pic",
        Channel.WEB,
        items=[
            PublicationItem.picture(
                png_bytes(mode="RGBA", color=(1, 2, 3, 100)), source_id="i", alt_text="x"
            )
        ],
    )

    images = pdf_images(render_pdf(content))

    assert [len(image.keys & {"/SMask"}) for image in images] == [1, 0]
    assert all(image.keys <= ALLOWED_IMAGE_KEYS for image in images)


def test_a_receipt_pdf_from_paragraphs_reads_back_exactly():
    body = ["Ridhaa ya Survivor A imerekodiwa.", "Inaruhusu: ripoti za ndani.\n\nHairuhusu: picha."]

    readback = read_pdf(render_pdf_from_paragraphs("Risiti ya ridhaa", body))

    assert words(" ".join(readback.pages)) == words("Risiti ya ridhaa " + " ".join(body))
    assert readback.metadata["/Title"] == "Risiti ya ridhaa"
    assert readback.metadata["/Producer"] == NEUTRAL_PRODUCER


def test_extracted_text_covers_page_text_metadata_and_image_names(content):
    pdf = render_pdf(content, metadata_title="Kichwa cha metadata")
    text = extract_pdf_text(pdf)

    assert "Kichwa cha metadata" in text
    assert "Ochieng'" in text
    assert all(image.name in text for image in pdf_images(pdf))
