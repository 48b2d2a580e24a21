"""Render a publication to HTML, PDF and Markdown, all as bytes in memory.

Nothing here writes a file. The caller renders, reads the text back (readback.py), runs
the leak check on it, and only then writes the files with files.write_atomically. Every
renderer uses only the approved redacted text, the captions, alt text and framing text,
and images re-encoded from their pixels; reference ids and dates never reach the output.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from html import escape

from haart_archive.publishing.files import output_file_name, safe_slug
from haart_archive.publishing.images import clean_image
from haart_archive.publishing.model import ItemKind, PublicationContent, PublicationItem, paragraphs
from haart_archive.publishing.pdf import DEFAULT_ORGANISATION, render_pdf

# No network, no scripts, no frames: the page can load nothing beyond itself.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)

_STYLE = (
    "body{font-family:'DejaVu Sans','Bitstream Vera Sans',Verdana,sans-serif;max-width:42em;"
    "margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
    "blockquote{margin:1em 0 1em 2em;font-style:italic}"
    ".attribution{color:#444;font-size:.9em;margin-left:2em}"
    "figure{margin:1.5em 0;text-align:center}img{max-width:100%;height:auto}"
    "figcaption{color:#444;font-size:.9em;font-style:italic}"
)


@dataclass(frozen=True)
class RenderedFile:
    """One output file in memory: its safe name, its bytes and its media type."""

    name: str
    data: bytes
    media_type: str


def render_html(content: PublicationContent) -> bytes:
    """A self-contained UTF-8 HTML page: images as data: URIs, no external reference.

    The head holds only the charset, viewport, a content security policy that forbids
    loading anything, a no-referrer policy, the title and an inline style sheet: no
    generator, author or description.
    """
    body = [f"<h1>{escape(content.title)}</h1>"]
    body += [f"<p>{escape(text)}</p>" for text in paragraphs(content.framing_text)]
    body += [_html_item(item) for item in content.items]
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


def _html_item(item: PublicationItem) -> str:
    if item.kind is ItemKind.IMAGE:
        assert item.image is not None
        clean = clean_image(item.image)
        source = "data:image/png;base64," + base64.b64encode(clean.png).decode("ascii")
        caption = f"<figcaption>{escape(item.caption)}</figcaption>" if item.caption else ""
        return (
            f'<figure><img src="{source}" alt="{escape(item.alt_text)}" '
            f'width="{clean.width}" height="{clean.height}">{caption}</figure>'
        )
    text = "".join(f"<p>{escape(part)}</p>" for part in paragraphs(item.text))
    attribution = f'<p class="attribution">{escape(item.caption)}</p>' if item.caption else ""
    if item.kind is ItemKind.EXCERPT:
        return f"<blockquote>{text}</blockquote>{attribution}"
    return f"<section>{text}{attribution}</section>"


def render_markdown(content: PublicationContent, *, image_stem: str = "image") -> bytes:
    """Markdown for web editors, UTF-8.

    Images are referenced as ``<image_stem>-01.png`` and so on; markdown_images gives
    the matching files. Characters Markdown would treat as markup are escaped, so a text
    cannot turn itself into a link or an HTML tag.
    """
    lines = [f"# {_md_escape(content.title)}", ""]
    for text in paragraphs(content.framing_text):
        lines += [_md_escape(text), ""]
    image_names = iter(_image_file_names(content, image_stem))
    for item in content.items:
        lines += _markdown_item(item, image_names)
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


def markdown_images(
    content: PublicationContent, *, image_stem: str = "image"
) -> list[RenderedFile]:
    """The image files render_markdown refers to, re-encoded from pixels as PNG."""
    images = [item.image for item in content.items if item.kind is ItemKind.IMAGE]
    return [
        RenderedFile(name, clean_image(image).png, "image/png")
        for name, image in zip(_image_file_names(content, image_stem), images, strict=True)
        if image is not None
    ]


def render_package(
    content: PublicationContent,
    neutral_name: str,
    *,
    organisation: str = DEFAULT_ORGANISATION,
) -> list[RenderedFile]:
    """Every output of a publication, in memory: PDF, HTML, Markdown and its images.

    File names come from ``neutral_name`` only (see files.safe_slug). The caller runs the
    leak check on each file's extracted text and on the names before writing any of them.
    """
    slug = safe_slug(neutral_name)
    files = [
        RenderedFile(
            output_file_name(slug, "pdf"),
            render_pdf(content, organisation=organisation),
            "application/pdf",
        ),
        RenderedFile(output_file_name(slug, "html"), render_html(content), "text/html"),
        RenderedFile(
            output_file_name(slug, "md"), render_markdown(content, image_stem=slug), "text/markdown"
        ),
    ]
    return files + markdown_images(content, image_stem=slug)


def _markdown_item(item: PublicationItem, image_names) -> list[str]:
    if item.kind is ItemKind.IMAGE:
        lines = [f"![{_md_escape(item.alt_text)}]({next(image_names)})", ""]
        if item.caption:
            lines += [f"*{_md_escape(item.caption)}*", ""]
        return lines
    prefix = "> " if item.kind is ItemKind.EXCERPT else ""
    lines: list[str] = []
    for text in paragraphs(item.text):
        lines += [prefix + _md_escape(text), prefix.rstrip()]
    if prefix:
        lines[-1] = ""
    if item.caption:
        lines += [f"*{_md_escape(item.caption)}*", ""]
    return lines


def _image_file_names(content: PublicationContent, stem: str) -> list[str]:
    count = sum(1 for item in content.items if item.kind is ItemKind.IMAGE)
    return [output_file_name(stem, "png", suffix=f"{n:02d}") for n in range(1, count + 1)]


# The characters CommonMark can read as inline markup, or as the start of a
# character reference ("&#77;" would show "M"), is backslash-escaped wherever it stands.
# "!" and "(" start markup only after "[" or "]", which are escaped; full stops and the like
# never start markup mid-line (block markup at the start is escaped below).
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&#])")
_MD_BLOCK_START = re.compile(r"^(\s*)([>+=-])")
_MD_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])")


def _md_escape(text: str) -> str:
    """Backslash-escape inline markup, and block markup at the start of the text.

    Runs of white space (line breaks included) become one space first: a line break could
    start a block (a heading, a list, a code block) or end the paragraph.
    """
    escaped = _MD_INLINE.sub(r"\\\1", " ".join(text.split()))
    escaped = _MD_BLOCK_START.sub(r"\1\\\2", escaped)
    return _MD_LIST_NUMBER.sub(r"\1\\\2", escaped)
