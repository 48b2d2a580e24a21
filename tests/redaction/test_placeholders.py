"""Public texts read naturally: placeholders are words in the text's language, ages in words are
generalised, and no placeholder is ever taken for a leak."""

from __future__ import annotations

import pytest

from haart_archive.redaction import KnownPerson, apply_plan, default_plan, detect, leak_check
from haart_archive.redaction.placeholders import PLACEHOLDERS, language_of


def _redact(text: str, known=(), anonymity: str = "anonymous") -> str:
    plan = default_plan(text, detect(text, known), known, anonymity)
    return apply_plan(text, plan, known=known).text


def test_english_text_gets_english_placeholders():
    out = _redact("Otieno of Bright Star Recruitment Agency called me on 0722 123 456 from Ruiru.")
    assert "[organisation]" in out and "[phone number]" in out and "[name]" in out
    assert "ORGANIZATION" not in out and "PERSON" not in out


def test_swahili_text_gets_swahili_placeholders():
    out = _redact("Jina langu ni Akinyi. Nilifanya kazi na Shirika la Nuru Njema, simu yao ni 0733 456 789.")
    assert "[jina]" in out and "[shirika]" in out and "[nambari ya simu]" in out


def test_ages_in_words_and_quasi_identifiers_do_not_reach_the_public_text():
    text = "I was fifteen years old. Akinyi, sixteen, is the only girl in Bondo who repairs radios."
    out = _redact(text)
    assert "fifteen" not in out and "sixteen" not in out and "repairs radios" not in out
    assert "a teenager" in out


def test_demo_titles_read_naturally():
    for title in ("Ahadi ya kazi Dubai", "Safari ya Dubai", "A promise of work in Dubai"):
        out = _redact(title)
        assert out.split()[0] == title.split()[0], out


def test_language_guess():
    assert language_of("Nilikuwa na miaka kumi na tano nilipoondoka nyumbani.") == "sw"
    assert language_of("I was fifteen when I left home for the city.") == "en"


@pytest.mark.parametrize("language", ["en", "sw"])
def test_placeholders_are_never_leaks_even_for_people_named_like_them(language):
    words = PLACEHOLDERS[language]
    known = [KnownPerson("survivor", names=("Jina Mahali",)), KnownPerson("recruiter", names=("Name Place",))]
    text = " ".join(f"[{w}]" for w in words.values()) + " [PERSON] [LOCATION]"
    assert leak_check(text, known).passed
    assert not leak_check(text + " Jina alikuja.", known).passed
