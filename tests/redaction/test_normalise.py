"""The normal form undoes disguises and maps every span back to the text as it was written."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from haart_archive.redaction.normalise import normalise

DISGUISES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def test_plain_text_is_its_own_normal_form():
    n = normalise("Otieno called 0712 345 678.")
    assert n.text == n.original and not n.changed
    assert n.to_original_span(7, 13) == (7, 13)


def test_disguises_are_undone():
    n = normalise("Оtiеnо\u200b ０７１２ ३४५ Wan\u00adjiru’s Jo-\nseph\u00a0Kamau")  # Cyrillic о, е
    assert n.text == "Otieno 0712 345 Wanjiru's Joseph Kamau"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZ 0123-\n", min_size=1, max_size=30),
       st.lists(st.tuples(st.integers(0, 30), st.sampled_from(DISGUISES + ["０", "Ａ", "а"])), max_size=5))
def test_every_normal_span_maps_back_to_the_characters_it_came_from(plain, inserts):
    text = plain
    for position, char in sorted(inserts, reverse=True):
        text = text[:position] + char + text[position:]
    n = normalise(text)
    for start in range(len(n.text)):
        for end in range(start + 1, len(n.text) + 1):
            a, b = n.to_original_span(start, end)
            assert 0 <= a < b <= len(text)
            # the original span, normalised again, gives back the same characters
            assert normalise(text[a:b]).text == n.text[start:end] or "-" in text[a:b]
