"""Evidence briefs: statistics (chart and table, suppressed) with approved quotes and framing
text, rendered as PDF and HTML in memory.

A brief is a publication for MPs, county governments and partners. It is built from the
same material as other publications (approved redacted excerpts, the staff's framing) plus
figures: each a chart drawn by haart_archive.statistics.charts and the same counts as a
table, with suppressed counts written as such. The charts' text is generated from controlled
vocabularies and counts, never from testimony text. Like render.py, nothing here writes a
file or runs a gate: the caller renders, reads the text back, runs the leak check and only
then writes. The PDF uses pdf.py's font, styles and neutral metadata.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from dataclasses import dataclass, field
from html import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.publishing.files import output_file_name, safe_slug
from haart_archive.publishing.model import ItemKind, PublicationItem, paragraphs
from haart_archive.publishing.pdf import (
    _PAGE_MARGIN,
    DEFAULT_ORGANISATION,
    FONT_FAMILY,
    _build,
    _item_flowables,
    _markup,
    check_renderable,
)
from haart_archive.publishing.pdf import _STYLES as _PDF_STYLES
from haart_archive.publishing.render import CONTENT_SECURITY_POLICY, RenderedFile

_STYLE = (
    "body{font-family:'DejaVu Sans','Bitstream Vera Sans',Verdana,sans-serif;max-width:60em;"
    "margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
    "blockquote{margin:1em 0 1em 2em;font-style:italic}"
    ".attribution{color:#444;font-size:.9em;margin-left:2em}"
    "figure{margin:1.5em 0}img{max-width:100%;height:auto}"
    "figcaption{color:#444;font-size:.9em}"
    "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #999;padding:.2em .6em;text-align:left}"
    ".note{color:#444;font-size:.85em}"
)


@dataclass(frozen=True)
class BriefFigure:
    """One statistics figure: a title, the chart as PNG, the table as text, a note on
    what was counted and suppressed, and an optional caption by the staff."""

    title: str
    chart_png: bytes = field(repr=False)
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str
    caption: str = ""

    def texts(self) -> list[str]:
        return [self.title, *self.header, *(cell for row in self.rows for cell in row), self.note, self.caption]


@dataclass(frozen=True)
class BriefContent:
    """Everything an evidence brief shows: title, framing, figures, then the quotes."""

    title: str
    framing_text: str
    figures: tuple[BriefFigure, ...]
    quotes: tuple[PublicationItem, ...] = ()
    language: str = "en"
    planned_date: dt.date | None = None

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise InvalidInput(Message("An evidence brief needs a title."))
        if not self.figures and not self.quotes:
            raise InvalidInput(Message("An evidence brief needs at least one table of statistics or one quote."))
        if self.language not in ("en", "sw"):
            raise InvalidInput(Message("The publication language must be 'en' or 'sw'."))
        if any(quote.kind is ItemKind.IMAGE for quote in self.quotes):
            raise InvalidInput(Message("An evidence brief quotes text only."))

    def without_generated(self) -> BriefContent:
        """The brief with only what people wrote: the figures keep their staff captions and
        lose the generated titles, charts, tables and notes (vocabulary labels and counts).
        The leak check reads this, because detectors take labels such as "By air from
        Mombasa" or "Under 12" for organisations and ages."""
        figures = tuple(BriefFigure("", b"", (), (), "", figure.caption) for figure in self.figures)
        return BriefContent(self.title, self.framing_text, figures, self.quotes, self.language, self.planned_date)

    def all_text(self) -> list[str]:
        parts = [self.title, self.framing_text]
        for figure in self.figures:
            parts += figure.texts()
        for quote in self.quotes:
            parts += [quote.text, quote.caption]
        return [part for part in parts if part]


def render_brief(content: BriefContent, neutral_name: str, *,
                 organisation: str = DEFAULT_ORGANISATION) -> list[RenderedFile]:
    """The brief's PDF and HTML, in memory, named from `neutral_name` only."""
    slug = safe_slug(neutral_name)
    return [
        RenderedFile(output_file_name(slug, "pdf"), render_brief_pdf(content, organisation=organisation),
                     "application/pdf"),
        RenderedFile(output_file_name(slug, "html"), render_brief_html(content), "text/html"),
    ]


# -- HTML --------------------------------------------------------------------------------------
def render_brief_html(content: BriefContent) -> bytes:
    """A self-contained page (charts as data: URIs, nothing loaded from elsewhere)."""
    body = [f"<h1>{escape(content.title)}</h1>"]
    body += [f"<p>{escape(text)}</p>" for text in paragraphs(content.framing_text)]
    body += [_html_figure(figure) for figure in content.figures]
    if content.quotes:
        body.append(f"<h2>{'Kwa maneno yao' if content.language == 'sw' else 'In their words'}</h2>")
    for quote in content.quotes:
        text = "".join(f"<p>{escape(part)}</p>" for part in paragraphs(quote.text))
        attribution = f'<p class="attribution">{escape(quote.caption)}</p>' if quote.caption else ""
        body.append(f"<blockquote>{text}</blockquote>{attribution}")
    page = (
        "<!DOCTYPE html>\n"
        f'<html lang="{content.language}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(content.title)}</title>\n"
        f"<style>{_STYLE}</style>\n"
        "</head>\n<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def _html_figure(figure: BriefFigure) -> str:
    if not figure.chart_png:
        return f"<figure><figcaption>{escape(figure.caption)}</figcaption></figure>" if figure.caption else ""
    source = "data:image/png;base64," + base64.b64encode(figure.chart_png).decode("ascii")
    head = "".join(f"<th>{escape(cell)}</th>" for cell in figure.header)
    rows = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in figure.rows)
    caption = f"<figcaption>{escape(figure.caption)}</figcaption>" if figure.caption else ""
    return (
        f"<section><h2>{escape(figure.title)}</h2>"
        f'<figure><img src="{source}" alt="{escape(figure.title)}">{caption}</figure>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        f'<p class="note">{escape(figure.note)}</p></section>'
    )


# -- PDF ---------------------------------------------------------------------------------------
def render_brief_pdf(content: BriefContent, *, organisation: str = DEFAULT_ORGANISATION) -> bytes:
    check_renderable(content.all_text())
    story: list[Flowable] = [Paragraph(_markup(content.title), _STYLES["title"])]
    story += [Paragraph(_markup(text), _STYLES["framing"]) for text in paragraphs(content.framing_text)]
    story.append(Spacer(1, 4 * mm))
    for figure in content.figures:
        story += _pdf_figure(figure)
    if content.quotes:
        story.append(Paragraph(_markup("Kwa maneno yao" if content.language == "sw" else "In their words"),
                               _STYLES["heading"]))
    for quote in content.quotes:
        story += _item_flowables(quote)
    return _build(story, title=content.title, organisation=organisation)


def _pdf_figure(figure: BriefFigure) -> list[Flowable]:
    from PIL import Image as PILImage

    if not figure.chart_png:
        return [Paragraph(_markup(figure.caption), _STYLES["caption"])] if figure.caption else []
    width, height = PILImage.open(io.BytesIO(figure.chart_png)).size
    frame = A4[0] - 2 * _PAGE_MARGIN
    scale = frame / width
    chart = Image(io.BytesIO(figure.chart_png), width=width * scale, height=height * scale)
    cell_style = _STYLES["cell"]
    data = [[Paragraph(_markup(cell), _STYLES["cell_head"]) for cell in figure.header]]
    data += [[Paragraph(_markup(cell), cell_style) for cell in row] for row in figure.rows]
    table = Table(data, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "#999999"),
        ("FONTNAME", (0, 0), (-1, -1), FONT_FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    parts: list[Flowable] = [Paragraph(_markup(figure.title), _STYLES["heading"]), chart]
    if figure.caption:
        parts.append(Paragraph(_markup(figure.caption), _STYLES["caption"]))
    # One block where it fits: a table split over a page repeats its header after a count, and
    # "14" then "Year" would read back as an age to the leak check.
    parts += [Spacer(1, 2 * mm), table, Paragraph(_markup(figure.note), _STYLES["attribution"])]
    return [KeepTogether(parts), Spacer(1, 6 * mm)]


def _brief_styles() -> dict[str, ParagraphStyle]:
    body = _PDF_STYLES["body"]
    bold = f"{FONT_FAMILY}-Bold"
    return {
        **_PDF_STYLES,
        "heading": ParagraphStyle("heading", parent=body, fontName=bold, fontSize=14, leading=18, spaceBefore=6,
                                  spaceAfter=6),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=bold, fontSize=8, leading=10, spaceAfter=0),
    }


_STYLES = _brief_styles()
