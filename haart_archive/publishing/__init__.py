"""Publishing: render publications (HTML, PDF, Markdown), read them back, export partner data.

Everything here is pure: renderers return bytes in memory, the readback functions return
the text a reader would see, and the partner export returns rows and tables. The gates
(consent policy, approval, leak check) and the register are wired by the archive facade,
which renders, reads back, checks, and only then writes with files.write_atomically.
"""

from haart_archive.publishing.ctdc import DATA_DICTIONARY, CaseRecord, Generalisation
from haart_archive.publishing.files import output_file_name, safe_slug, write_atomically
from haart_archive.publishing.model import Channel, ItemKind, PublicationContent, PublicationItem
from haart_archive.publishing.partner import PartnerExport, SuppressionReport, build_partner_export
from haart_archive.publishing.partner_files import write_csv, write_json
from haart_archive.publishing.pdf import render_pdf, render_pdf_from_paragraphs
from haart_archive.publishing.readback import (
    extract_html_text,
    extract_markdown_text,
    extract_pdf_text,
    html_images,
    pdf_images,
    read_pdf,
)
from haart_archive.publishing.render import (
    RenderedFile,
    markdown_images,
    render_html,
    render_markdown,
    render_package,
)

__all__ = [
    "DATA_DICTIONARY",
    "CaseRecord",
    "Generalisation",
    "PartnerExport",
    "SuppressionReport",
    "build_partner_export",
    "write_csv",
    "write_json",
    "Channel",
    "ItemKind",
    "PublicationContent",
    "PublicationItem",
    "RenderedFile",
    "extract_html_text",
    "extract_markdown_text",
    "extract_pdf_text",
    "html_images",
    "markdown_images",
    "output_file_name",
    "pdf_images",
    "read_pdf",
    "render_html",
    "render_markdown",
    "render_package",
    "render_pdf",
    "render_pdf_from_paragraphs",
    "safe_slug",
    "write_atomically",
]
