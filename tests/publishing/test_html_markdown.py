"""HTML and Markdown outputs: self-contained, escaped, and readable back for the leak check."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

from PIL import Image

from haart_archive.publishing import (
    Channel,
    PublicationContent,
    PublicationItem,
    extract_html_text,
    html_images,
    markdown_images,
    render_html,
    render_markdown,
    render_package,
)
from tests.publishing.conftest import (
    ALT_TEXT,
    CAPTION_IMAGE,
    CAPTION_TEXT,
    EXCERPT,
    FRAMING,
    TITLE,
    WHOLE_TEXT,
    png_bytes,
    words,
)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: bytes) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html.decode("utf-8"))
    return parser.tags


def png_chunk_types(png: bytes) -> list[bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    types, pos = [], 8
    while pos < len(png):
        length = int.from_bytes(png[pos : pos + 4], "big")
        types.append(png[pos + 4 : pos + 8])
        pos += 12 + length
    return types


def test_html_loads_nothing_from_outside(content):
    html = render_html(content)
    references = [
        value
        for _tag, attrs in tags_of(html)
        for name, value in attrs.items()
        if name in ("src", "href", "srcset", "action", "poster", "data")
    ]

    assert references and all(value.startswith("data:image/png;base64,") for value in references)
    assert not re.search(rb"https?:|//[a-z]|url\(|@import", html)
    assert {tag for tag, _ in tags_of(html)}.isdisjoint(
        {"script", "link", "iframe", "object", "base"}
    )


def test_html_head_has_only_the_strict_meta_set(content):
    metas = [attrs for tag, attrs in tags_of(render_html(content)) if tag == "meta"]
    kinds = {attrs.get("name") or attrs.get("http-equiv") or "charset" for attrs in metas}

    assert kinds == {"charset", "viewport", "Content-Security-Policy", "referrer"}


def test_html_text_reads_back_with_alt_text_and_captions(content):
    text = words(extract_html_text(render_html(content)))

    for part in (TITLE, FRAMING, WHOLE_TEXT, EXCERPT, CAPTION_TEXT, ALT_TEXT, CAPTION_IMAGE):
        assert words(part) in text
    for leak in ("rv-0001", "img-0001", "2025-06-30"):
        assert leak not in text


def test_html_escapes_markup_in_texts_and_alt_text():
    content = PublicationContent(
        "<script>alert(1)</script>",
        Channel.WEB,
        items=[
            PublicationItem.from_text('<img src="http://example.invalid/x">', source_id="r"),
            PublicationItem.picture(png_bytes(), source_id="i", alt_text='" onerror="alert(1)'),
        ],
    )
    html = render_html(content)
    tags = tags_of(html)

    assert [tag for tag, _ in tags].count("img") == 1
    assert "script" not in {tag for tag, _ in tags}
    assert next(attrs for tag, attrs in tags if tag == "img")["alt"] == '" onerror="alert(1)'
    assert '<img src="http://example.invalid/x">' in extract_html_text(html)


def test_html_images_are_clean_pngs_of_the_same_pixels():
    canary = "CANARY-Wanjiru-GPS"
    exif = Image.Exif()
    exif[0x013B] = canary
    jpeg = io.BytesIO()
    Image.new("RGB", (30, 20), (40, 40, 40)).save(jpeg, format="JPEG", exif=exif, quality=95)
    content = PublicationContent(
        "Pic",
        Channel.WEB,
        items=[PublicationItem.picture(jpeg.getvalue(), source_id="i", alt_text="x")],
    )
    html = render_html(content)

    (image,) = html_images(html)

    assert canary.encode() not in html and canary.encode() not in image
    assert png_chunk_types(image) == [b"IHDR", b"IDAT", b"IEND"]
    assert Image.open(io.BytesIO(image)).size == (30, 20)


def test_html_readback_includes_comments_and_every_attribute():
    crafted = (
        b'<html><!-- Grace Akinyi --><body><p title="Nakuru">x</p><img alt="Otieno"></body></html>'
    )

    text = extract_html_text(crafted)

    assert {"Grace Akinyi", "Nakuru", "Otieno"} <= {part.strip() for part in text.split("\n")}


def test_markdown_escapes_markup_and_refers_to_clean_image_files(content):
    tricky = PublicationContent(
        "# Title",
        Channel.WEB,
        items=[
            PublicationItem.from_text("[click](http://x.invalid) <b>*bold*</b>", source_id="r"),
            PublicationItem.picture(png_bytes(), source_id="i", alt_text="A cup", caption="Chai"),
        ],
    )
    markdown = render_markdown(tricky, image_stem="web-story").decode("utf-8")

    assert markdown.startswith("# \\# Title\n")
    assert "\\[click\\](http://x.invalid) \\<b\\>\\*bold\\*\\</b\\>" in markdown
    assert "![A cup](web-story-01.png)" in markdown
    (image,) = markdown_images(tricky, image_stem="web-story")
    assert image.name == "web-story-01.png"
    assert png_chunk_types(image.data) == [b"IHDR", b"IDAT", b"IEND"]


def test_markdown_keeps_swahili_text_and_quotes_excerpts(content):
    markdown = render_markdown(content).decode("utf-8")

    assert "Ochieng'" in markdown
    assert f"> {EXCERPT}" in markdown
    assert "rv-0001" not in markdown


def test_package_file_names_come_from_the_neutral_name_only(content):
    files = render_package(content, "Hadithi ya Wiki: Juni 2025")

    assert [f.name for f in files] == [
        "hadithi-ya-wiki-juni-2025.pdf",
        "hadithi-ya-wiki-juni-2025.html",
        "hadithi-ya-wiki-juni-2025.md",
        "hadithi-ya-wiki-juni-2025-01.png",
    ]
    assert "hadithi-ya-wiki-juni-2025-01.png" in files[2].data.decode("utf-8")
