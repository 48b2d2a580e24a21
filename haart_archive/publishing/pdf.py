"""PDF rendering with reportlab's platypus, from redacted text and clean pixels only.

The PDF is generated, never produced by covering live text. Its document information is
set deliberately: title, author (the organisation), creator and producer (one fixed
neutral string), and nothing else, no dates and no tool or version names. The text is set
in Bitstream Vera, which ships with reportlab, embedded as a subset so Swahili text with
apostrophes and accents ("Ochieng'", "Shirika la Haki") renders on any reader.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.publishing.images import clean_image
from haart_archive.publishing.model import ItemKind, PublicationContent, PublicationItem, paragraphs

DEFAULT_ORGANISATION = "HAART Kenya"
# Creator and producer name no software or version, so the file says nothing about the
# machine or the tools that made it.
NEUTRAL_PRODUCER = "HAART Kenya publications"

FONT_FAMILY = "HaartVera"
_FONT_FILES = {
    FONT_FAMILY: "Vera.ttf",
    f"{FONT_FAMILY}-Bold": "VeraBd.ttf",
    f"{FONT_FAMILY}-Italic": "VeraIt.ttf",
    f"{FONT_FAMILY}-BoldItalic": "VeraBI.ttf",
}
_PAGE_MARGIN = 20 * mm
_MAX_IMAGE_HEIGHT_SHARE = 0.6
_TOOL_COMMENTS = (
    b"ReportLab Generated PDF document (opensource)",
    b"ReportLab generated PDF document -- digest (opensource)",
)
_POINTS_PER_PIXEL = 0.75  # natural size at 96 pixels per inch; never enlarged beyond it


def render_pdf(
    content: PublicationContent,
    *,
    organisation: str = DEFAULT_ORGANISATION,
    metadata_title: str | None = None,
) -> bytes:
    """Render a publication as PDF bytes, in memory, for the leak check to read back.

    The document title in the metadata is ``metadata_title`` or, by default, the
    publication title. Raises InvalidInput when a character cannot be shown by the
    embedded font (zero-width and control characters included), because a character that
    renders as nothing could hide text from the people checking the output.
    """
    check_renderable(content.all_text())
    story: list[Flowable] = [Paragraph(_markup(content.title), _STYLES["title"])]
    story += [
        Paragraph(_markup(text), _STYLES["framing"]) for text in paragraphs(content.framing_text)
    ]
    story.append(Spacer(1, 6 * mm))  # set the staff's framing apart from the testimony
    for item in content.items:
        story += _item_flowables(item)
    return _build(story, title=metadata_title or content.title, organisation=organisation)


def render_pdf_from_paragraphs(
    title: str, body: Sequence[str], *, organisation: str = DEFAULT_ORGANISATION
) -> bytes:
    """A plain PDF of a title and paragraphs, for documents such as the consent receipt.

    Uses the same font, metadata and checks as render_pdf.
    """
    check_renderable([title, *body])
    story: list[Flowable] = [Paragraph(_markup(title), _STYLES["title"])]
    for text in body:
        story += [Paragraph(_markup(part), _STYLES["body"]) for part in paragraphs(text)]
    return _build(story, title=title, organisation=organisation)


def check_renderable(texts: Iterable[str]) -> None:
    """Raise InvalidInput naming the first character the embedded font cannot show."""
    covered = _covered_characters()
    for text in texts:
        for char in text:
            if char not in "\n\r\t" and ord(char) not in covered:
                raise InvalidInput(
                    Message(
                        "The text contains the character U+{ord:04X}, which the PDF font cannot "
                        "show; replace it with a plain equivalent.",
                        ord=ord(char),
                    )
                )


def _build(story: list[Flowable], *, title: str, organisation: str) -> bytes:
    check_renderable([title, organisation])
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=_PAGE_MARGIN,
        rightMargin=_PAGE_MARGIN,
        topMargin=_PAGE_MARGIN,
        bottomMargin=_PAGE_MARGIN,
        title=title,
        author=organisation,
        creator=NEUTRAL_PRODUCER,
        producer=NEUTRAL_PRODUCER,
        subject="",
        keywords="",
        invariant=1,  # same input, same bytes; no clock time in the document id
    )
    doc.build(story, canvasmaker=_NeutralCanvas)
    return _without_tool_comments(out.getvalue())


def _without_tool_comments(pdf: bytes) -> bytes:
    """Blank reportlab's comment lines that name the tool.

    Each comment is overwritten with spaces of the same length, so every byte offset in
    the cross-reference table stays right.
    """
    for comment in _TOOL_COMMENTS:
        pdf = pdf.replace(comment, b" " * len(comment))
    return pdf


def _item_flowables(item: PublicationItem) -> list[Flowable]:
    if item.kind is ItemKind.IMAGE:
        return [_image_block(item)]
    style = _STYLES["excerpt" if item.kind is ItemKind.EXCERPT else "body"]
    parts: list[Flowable] = [Paragraph(_markup(text), style) for text in paragraphs(item.text)]
    if item.caption:
        parts.append(Paragraph(_markup(item.caption), _STYLES["attribution"]))
    parts.append(Spacer(1, 4 * mm))
    # Keep a short quote with its attribution; let long texts flow across pages.
    return [KeepTogether(parts)] if len(parts) <= 3 else parts


def _image_block(item: PublicationItem) -> Flowable:
    assert item.image is not None
    clean = clean_image(item.image)
    frame_width = A4[0] - 2 * _PAGE_MARGIN
    max_height = (A4[1] - 2 * _PAGE_MARGIN) * _MAX_IMAGE_HEIGHT_SHARE
    scale = min(frame_width / clean.width, max_height / clean.height, _POINTS_PER_PIXEL)
    picture = Image(
        io.BytesIO(clean.png),
        width=clean.width * scale,
        height=clean.height * scale,
        mask="auto",
    )
    parts: list[Flowable] = [picture]
    if item.caption:
        parts.append(Paragraph(_markup(item.caption), _STYLES["caption"]))
    parts.append(Spacer(1, 4 * mm))
    return KeepTogether(parts)


def _markup(text: str) -> str:
    """Plain text made safe for platypus markup: tags in the text stay text."""
    return escape(text)


class _NeutralInfo(pdfdoc.PDFInfo):
    """Document information holding title, author, creator and producer, nothing else."""

    def format(self, document):
        entries = {
            "Title": pdfdoc.PDFString(self.title),
            "Author": pdfdoc.PDFString(self.author),
            "Creator": pdfdoc.PDFString(self.creator),
            "Producer": pdfdoc.PDFString(self.producer),
        }
        return pdfdoc.PDFDictionary(entries).format(document)


class _NeutralCanvas(Canvas):
    """A canvas whose document information is _NeutralInfo (no dates, no tool names)."""

    def __init__(self, *args, **kwargs):
        # The embedded font from the first operator on, so no base-14 font is referenced.
        kwargs["initialFontName"] = FONT_FAMILY
        super().__init__(*args, **kwargs)
        info = _NeutralInfo()
        info.__dict__.update(self._doc.info.__dict__)
        self._doc.info = info


def _register_fonts() -> None:
    font_dir = Path(reportlab.__file__).parent / "fonts"
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_dir / file_name)))
    pdfmetrics.registerFontFamily(
        FONT_FAMILY,
        normal=FONT_FAMILY,
        bold=f"{FONT_FAMILY}-Bold",
        italic=f"{FONT_FAMILY}-Italic",
        boldItalic=f"{FONT_FAMILY}-BoldItalic",
    )


def _covered_characters() -> frozenset[int]:
    global _COVERED
    if _COVERED is None:
        font = pdfmetrics.getFont(FONT_FAMILY)
        _COVERED = frozenset(font.face.charToGlyph) - frozenset(range(32))
    return _COVERED


def _styles() -> dict[str, ParagraphStyle]:
    # splitLongWords=0: a word is never broken across lines, so an identifier cannot be cut
    # in two and slip past the leak check on the extracted text.
    base = ParagraphStyle(
        "body", fontName=FONT_FAMILY, fontSize=11, leading=15, spaceAfter=6, splitLongWords=0
    )
    italic = f"{FONT_FAMILY}-Italic"
    return {
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=f"{FONT_FAMILY}-Bold",
            fontSize=20,
            leading=25,
            spaceAfter=12,
        ),
        "framing": ParagraphStyle("framing", parent=base),
        "body": base,
        "excerpt": ParagraphStyle(
            "excerpt", parent=base, fontName=italic, leftIndent=12 * mm, rightIndent=8 * mm
        ),
        "attribution": ParagraphStyle(
            "attribution",
            parent=base,
            fontSize=9.5,
            leading=13,
            leftIndent=12 * mm,
            textColor="#444444",
        ),
        "caption": ParagraphStyle(
            "caption",
            parent=base,
            fontName=italic,
            fontSize=9.5,
            leading=13,
            alignment=TA_CENTER,
            textColor="#444444",
        ),
    }


_COVERED: frozenset[int] | None = None
_register_fonts()
_STYLES = _styles()
