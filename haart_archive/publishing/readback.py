"""Read rendered outputs back, as a reader (or an adversary) would see them.

The leak check runs on what these functions return, not on the input to the renderers:
a name that reached the PDF by any path (page text, document information, XMP, an
annotation, an outline entry, an image name) shows up here.

Page text comes from pypdf, one page after another, with line breaks where the lines
wrap. Words are never split across lines (the renderer forbids it), so a leak check that
collapses runs of whitespace before matching sees every multi-word name whole.
"""

from __future__ import annotations

import base64
import binascii
import html
import io
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    StreamObject,
    TextStringObject,
)

from haart_archive.errors import DamagedFile
from haart_archive.messages import Message


@dataclass(frozen=True)
class PdfReadback:
    """Everything readable in a PDF, separated by where it was found."""

    pages: tuple[str, ...]
    metadata: dict[str, str]
    xmp: str
    image_names: tuple[str, ...]
    strings: tuple[str, ...]  # every text string object in the file (info, outlines, ...)

    def all_text(self) -> str:
        parts = [*self.pages, *self.metadata.values(), self.xmp, *self.image_names, *self.strings]
        return "\n".join(part for part in parts if part)


@dataclass(frozen=True)
class EmbeddedImage:
    """One image XObject of a PDF: its resource name, dictionary keys and stored bytes."""

    name: str
    keys: frozenset[str]
    data: bytes  # the stream as stored (still encoded, e.g. Flate-compressed pixels)
    decoded: bytes  # the stream after its filters: raw pixel samples


def read_pdf(pdf: bytes) -> PdfReadback:
    """Read a PDF's page text, document information, XMP and all text strings."""
    reader = _open_pdf(pdf)
    pages = tuple(page.extract_text() or "" for page in reader.pages)
    metadata = {str(key): str(value) for key, value in (reader.metadata or {}).items()}
    return PdfReadback(
        pages=pages,
        metadata=metadata,
        xmp=_xmp_text(reader),
        image_names=tuple(image.name for image in pdf_images(pdf)),
        strings=tuple(_text_strings(reader)),
    )


def extract_pdf_text(pdf: bytes) -> str:
    """All readable text of a PDF as one string, for the leak check."""
    return read_pdf(pdf).all_text()


def pdf_images(pdf: bytes) -> list[EmbeddedImage]:
    """The image XObjects of every page (soft masks included), in page order."""
    reader = _open_pdf(pdf)
    found: list[EmbeddedImage] = []
    seen: set[int] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for name, ref in (xobjects.get_object() if xobjects else {}).items():
            _collect_image(str(name), ref, found, seen)
    return found


def _collect_image(name: str, ref, found: list[EmbeddedImage], seen: set[int]) -> None:
    stream = ref.get_object()
    if id(stream) in seen or stream.get("/Subtype") != "/Image":
        return
    seen.add(id(stream))
    found.append(
        EmbeddedImage(
            name=name,
            keys=frozenset(str(key) for key in stream),
            data=stream._data,
            decoded=stream.get_data(),
        )
    )
    if "/SMask" in stream:
        _collect_image(f"{name}/SMask", stream["/SMask"], found, seen)


def extract_html_text(html: bytes) -> str:
    """Everything readable in an HTML page, for the leak check.

    The visible text as a reader sees it (character references decoded, inline elements
    joined without a break, so "M<b>ercy</b>" reads "Mercy"), then the text of script and
    style, comments, the doctype, and every attribute value (alt, title, meta content,
    href ...). A data: URI contributes only its media type; its decoded image is available
    from html_images.
    """
    return "\n".join(_collect(html.decode("utf-8", errors="replace")).parts)


def html_images(html: bytes) -> list[bytes]:
    """The decoded bytes of every base64 data: URI in the page."""
    return _collect(html.decode("utf-8", errors="replace")).images


def extract_markdown_text(markdown: bytes) -> str:
    """What a reader of a Markdown file can see, for the leak check.

    The file is rendered as a CommonMark viewer renders it (markdown-it-py, raw HTML
    allowed, as most viewers and web editors do) and read back like an HTML page: visible
    text with character references decoded, alt text, titles, link and image targets.
    The source itself, with its character references decoded, is read as well: it is what
    someone opening the file in a text editor sees.
    """
    source = markdown.decode("utf-8", errors="replace")
    rendered = _markdown_renderer().render(source)
    return extract_html_text(rendered.encode("utf-8")) + "\n" + html.unescape(source)


@cache
def _markdown_renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True})


# Elements after which a browser starts a new line: text on either side is not one word.
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul", "title", "head", "body", "html",
))
_HIDDEN = frozenset(("script", "style"))


def _collect(page: str) -> _TextCollector:
    parser = _TextCollector()
    parser.feed(page)
    parser.close()
    parser.flush()
    return parser


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images: list[bytes] = []
        self._line: list[str] = []

    def flush(self) -> None:
        line = "".join(self._line)
        if line.strip():
            self.parts.append(line)
        self._line = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS or tag in _HIDDEN:
            self.flush()
        for _name, value in attrs:
            if value:
                self.parts.append(self._attribute(value))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in _BLOCKS or tag in _HIDDEN:
            self.flush()

    def handle_data(self, data):
        self._line.append(data)

    def handle_comment(self, data):
        self.flush()
        self.parts.append(data)

    def handle_decl(self, decl):
        self.parts.append(decl)

    def handle_pi(self, data):
        self.parts.append(data)

    def _attribute(self, value: str) -> str:
        if not value.startswith("data:"):
            return value
        header, _, payload = value.partition(",")
        if header.endswith(";base64"):
            try:
                self.images.append(base64.b64decode(payload, validate=True))
            except binascii.Error:
                return value  # not real base64: keep it all for the leak check
        return header


def _open_pdf(pdf: bytes) -> PdfReader:
    try:
        return PdfReader(io.BytesIO(pdf), strict=False)
    except (PdfReadError, ValueError, OSError) as exc:
        raise DamagedFile(Message("The rendered PDF could not be read back.")) from exc


def _xmp_text(reader: PdfReader) -> str:
    metadata = reader.trailer["/Root"].get_object().get("/Metadata")
    if metadata is None:
        return ""
    return metadata.get_object().get_data().decode("utf-8", errors="replace")


def _text_strings(reader: PdfReader) -> list[str]:
    """Every string object reachable from the trailer, in a stable order, de-duplicated."""
    found: dict[str, None] = {}
    visited: set[int] = set()
    pending = [reader.trailer]
    while pending:
        obj = pending.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in visited:
                continue
            visited.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, TextStringObject):
            found.setdefault(str(obj))
        elif isinstance(obj, ByteStringObject):
            _add_printable(bytes(obj), found)
        elif isinstance(obj, DictionaryObject | StreamObject):
            pending.extend(value for key, value in obj.items() if key != "/Parent")
        elif isinstance(obj, ArrayObject):
            pending.extend(obj)
    return list(found)


def _add_printable(raw: bytes, found: dict[str, None]) -> None:
    # Binary strings such as the document /ID are random bytes; readable ones are kept.
    if raw.isascii() and raw.decode("ascii").isprintable():
        found.setdefault(raw.decode("ascii"))
