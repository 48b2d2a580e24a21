"""Intake notes as documents: .docx (python-docx), .pdf text layer (pypdf), .txt and .md.

`read_document` returns the text and a title taken from the document's own title, its
first heading, or else the file name. Any damage is one InvalidInput sentence.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from haart_archive.errors import ArchiveError, InvalidInput
from haart_archive.importing.reading import (
    check_size,
    check_zip,
    clean_text,
    decode_text,
    encoding_label,
    read_bytes,
)
from haart_archive.messages import Message

if TYPE_CHECKING:
    from docx.table import Table as DocxTable

DOCUMENT_SUFFIXES = (".docx", ".txt", ".md", ".pdf")
OLD_FORMATS = {
    ".doc": Message("old Word (.doc) files cannot be read; open it in Word and save it as .docx."),
    ".rtf": Message("RTF files cannot be read; save it as .docx or .txt."),
    ".odt": Message("OpenDocument (.odt) files cannot be read; save it as .docx."),
}
MAX_PDF_PAGES = 2000
MAX_TITLE_CHARS = 200
# Titles that tools write on their own, which say nothing about the testimony.
PLACEHOLDER_TITLE = re.compile(r"^(untitled|document\s*\d*|microsoft word - .*|title)$", re.IGNORECASE)
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentText:
    """What a document says, and what to call it."""

    title: str
    text: str
    encoding: str | None = None


def read_document(path: Path) -> DocumentText:
    """Read one intake document; raises InvalidInput saying what is wrong with it."""
    suffix = path.suffix.lower()
    if suffix in OLD_FORMATS:
        raise InvalidInput(OLD_FORMATS[suffix])
    readers = {".docx": _read_docx, ".pdf": _read_pdf, ".txt": _read_plain, ".md": _read_markdown}
    if suffix not in readers:
        raise InvalidInput(Message(
            "this kind of file cannot be imported (use .docx, .pdf, .txt or .md).",
        ))
    try:
        title, text, encoding = readers[suffix](path)
    except ArchiveError:
        raise
    except Exception as error:  # outside files break parsers in endless ways
        log.info("document reader failed: %s", type(error).__name__)
        raise InvalidInput(Message("it is damaged or not a real {suffix} file.", suffix=suffix)) from None
    text = clean_text(text)
    if not text.strip():
        hint = Message(" (a scan? attach it to a testimony instead)") if suffix == ".pdf" else ""
        raise InvalidInput(Message("it holds no text{hint}.", hint=hint))
    title = _short_title(title) or _short_title(path.stem.replace("_", " "))
    return DocumentText(title=title, text=text, encoding=encoding)


def _read_docx(path: Path) -> tuple[str, str, None]:
    import docx

    check_size(path)
    check_zip(path, ".docx")
    document = docx.Document(str(path))
    title = (document.core_properties.title or "").strip()
    parts: list[str] = []
    heading = ""
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            parts += _table_lines(block)
            continue
        text = block.text.strip()
        style = (block.style.name if block.style is not None else "") or ""
        if text and not heading and (style.startswith("Heading") or style == "Title"):
            heading = text
        parts.append(block.text)
    return title or heading, "\n".join(parts), None


def _table_lines(table: DocxTable) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = cell.text.strip()
            if value and (not cells or cells[-1] != value):  # merged cells repeat their text
                cells.append(value)
        if cells:
            lines.append(" | ".join(cells))
    return lines


def _read_pdf(path: Path) -> tuple[str, str, None]:
    from pypdf import PdfReader

    check_size(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InvalidInput(Message(
                "it is protected by a password; remove the password and try again.",
            ))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InvalidInput(Message(
                "it has more than {max_pdf_pages} pages; split it first.",
                max_pdf_pages=MAX_PDF_PAGES,
            ))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = ""
        metadata = reader.metadata
        if metadata is not None and isinstance(metadata.title, str):
            title = metadata.title.strip()
    return title, "\n\n".join(pages), None


def _read_plain(path: Path) -> tuple[str, str, str]:
    text, encoding = decode_text(read_bytes(path))
    return "", text, encoding_label(encoding)


def _read_markdown(path: Path) -> tuple[str, str, str]:
    text, encoding = decode_text(read_bytes(path))
    heading = ""
    for line in text.splitlines():
        match = MARKDOWN_HEADING.match(line)
        if match:
            heading = match.group(1)
            break
    return heading, text, encoding_label(encoding)


def _short_title(title: str) -> str:
    title = " ".join(title.split())
    if PLACEHOLDER_TITLE.match(title):
        return ""
    if len(title) > MAX_TITLE_CHARS:
        title = title[: MAX_TITLE_CHARS - 1].rstrip() + "…"
    return title
