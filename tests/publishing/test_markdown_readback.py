"""The Markdown output shows a reader exactly the text that was given, whatever characters it
holds, and the leak check reads Markdown and HTML as a viewer shows them (character references
decoded, inline markup joined)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from haart_archive.publishing import (
    PublicationContent,
    PublicationItem,
    extract_html_text,
    extract_markdown_text,
    render_markdown,
)
from haart_archive.publishing.readback import _collect, _markdown_renderer

# Text as anyone could type it: letters, digits, every ASCII punctuation, spaces and line breaks.
PUNCTUATION = st.sampled_from("aAzZ09 \n\t.,;:!?'\"()[]{}<>*_`~#&|\\/+-=%$@^")
TYPED = st.text(
    alphabet=PUNCTUATION | st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
    min_size=1, max_size=60,
).filter(lambda text: text.strip())


def shown(markdown: bytes) -> list[str]:
    """The visible lines of the rendered Markdown (no attributes)."""
    html = _markdown_renderer().render(markdown.decode("utf-8"))
    collector = _collect(html)
    return [" ".join(line.split()) for line in collector.parts if line.strip()]


@settings(max_examples=300, deadline=None)
@given(title=TYPED, caption=TYPED, text=TYPED)
def test_a_viewer_shows_the_text_not_markup(title, caption, text):
    content = PublicationContent(title, "web", items=(PublicationItem.from_text(text, source_id="v", caption=caption),))
    lines = shown(render_markdown(content))
    expected = [" ".join(title.split())]
    expected += [" ".join(block.split()) for block in text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
                 if block.strip()]
    expected.append(" ".join(caption.split()))
    assert lines == [line for line in expected if line]


def test_character_references_in_a_caption_stay_literal_in_markdown():
    content = PublicationContent("Stories", "web", items=(
        PublicationItem.from_text("A story.", source_id="v", caption="&#90;uhura &amp; &#x4B;adzo"),))
    markdown = render_markdown(content)
    assert "Zuhura" not in " ".join(shown(markdown))
    assert "&#90;uhura &amp; &#x4B;adzo" in " ".join(shown(markdown))


def test_the_leak_check_reads_markdown_as_a_viewer_shows_it():
    written = b"# Title\n\nTold by &#90;uhura K<b>adzo</b> ![a photo of Jabari](x.png \"Mwinyi\")\n"
    seen = extract_markdown_text(written)
    assert "Zuhura" in seen and "Kadzo" in seen and "Jabari" in seen and "Mwinyi" in seen


def test_html_inline_markup_does_not_split_a_word():
    seen = extract_html_text(b"<p>Told by Z<b>uhu</b>ra &#75;adzo</p><p>next</p>")
    assert seen.split("\n") == ["Told by Zuhura Kadzo", "next"]
