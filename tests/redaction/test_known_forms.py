"""A linked person's names, aliases and identifiers are found in every form people write them.

The forms are generated: initials with and without dots and spaces, possessives, any case, a
title or teknonym before the name as one span, a name broken across a line or by a hyphen at
the end of a line, numbers with odd spacing, look-alike letters, wide digits, invisible
characters, or spelled out in words. Every name here is fictional.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haart_archive.redaction import KnownPerson, detect, leak_check

GIVEN = ["Achieng", "Wanjiru", "Kiprono", "Mwanaisha", "Nafula", "Kazungu", "Peter", "Joseph", "Halima", "Baraka"]
MIDDLE = ["Awino", "Kamau", "Mutua", "Chebet", "Omondi", "Wekesa", "Njeri", "Furaha"]
FAMILY = ["Odhiambo", "Langat", "Njoroge", "Kilonzo", "Mwero", "Barasa", "Bwana", "Ochieng"]
SENTENCES = ["The report says {} came to the office.", "Nilikutana na {} sokoni.", "{} was there.",
             "We waited for {}, then left.", "Yesterday {} alisema atarudi."]


def _covered(found, start: int, end: int, text: str) -> bool:
    return all(any(s.start <= i < s.end for s in found) for i in range(start, end) if text[i].isalnum())


def _initials(letters: list[str], dots: bool, spaces: bool) -> str:
    sep = ". " if dots and spaces else "." if dots else " " if spaces else ""
    return sep.join(letters) + ("." if dots else "")


names = st.tuples(st.sampled_from(GIVEN), st.sampled_from(MIDDLE), st.sampled_from(FAMILY))


@st.composite
def written_forms(draw):
    """(full name, a form of it as someone wrote it)."""
    first, middle, last = draw(names)
    full = f"{first} {middle} {last}"
    kind = draw(st.sampled_from(["initials", "initial_surname", "possessive", "case", "teknonym", "line_break",
                                 "hyphen_break", "title", "part"]))
    if kind == "initials":
        letters = [w[0] for w in (first, middle, last)][: draw(st.integers(2, 3))]
        form = _initials(letters, dots=True, spaces=draw(st.booleans()))
    elif kind == "initial_surname":
        form = f"{first[0]}.{' ' if draw(st.booleans()) else ''}{last}"
    elif kind == "possessive":
        form = draw(st.sampled_from([first, last, f"{first} {last}"])) + draw(st.sampled_from(["'s", "’s"]))
    elif kind == "case":
        form = draw(st.sampled_from([full.upper(), full.lower(), f"{first.lower()} {last.upper()}"]))
    elif kind == "teknonym":
        form = draw(st.sampled_from(["Mama", "Baba", "mama", "Mama wa"])) + f" {first}"
    elif kind == "line_break":
        form = f"{first}\n{last}"
    elif kind == "hyphen_break":
        cut = draw(st.integers(2, len(last) - 2))
        form = f"{first} {last[:cut]}-\n{last[cut:]}"
    elif kind == "title":
        form = draw(st.sampled_from(["Bw.", "Bi.", "Mr.", "Mrs", "Mzee", "Pastor", "Dr."])) + f" {last}"
    else:
        form = draw(st.sampled_from([first, middle, last]))
    return full, form


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written_forms(), st.sampled_from(SENTENCES))
def test_every_written_form_of_a_known_name_is_covered_as_one_span(case, sentence):
    full, form = case
    text = sentence.format(form)
    start = text.index(form)
    found = detect(text, known=[KnownPerson("survivor", names=(full,), key="s1")])
    assert _covered(found, start, start + len(form), text), (form, text, found)
    # one span carries the whole form, title and teknonym included
    assert any(s.start <= start and start + len(form) <= s.end for s in found), (form, found)


@pytest.mark.parametrize("alias, written", [
    ("P.K.", "P.K."), ("P.K.", "PK"), ("P.K.", "P. K."), ("P.K.", "pk"), ("P.K.", "p.k.'s"),
    ("JK", "J.K."), ("JK", "J K"), ("K.O.O", "K. O. O."), ("Mama Kim", "Mama wa Kim"), ("Mama Kim", "MAMA KIM"),
])
def test_aliases_written_as_initials_or_teknonyms(alias, written):
    text = f"They said {written} took the passports."
    found = detect(text, known=[KnownPerson("recruiter", names=("Peter Kamau Njoroge",), aliases=(alias,))])
    start = text.index(written)
    assert any(s.start <= start and start + len(written) <= s.end and s.person_key for s in found)


def test_made_up_initials_are_not_ordinary_words():
    # "Anyango Mary" has the initials A M; "am" in a sentence is not her.
    person = KnownPerson("survivor", names=("Anyango Mary Ouma",))
    found = detect("I am here and so am I.", known=[person])
    assert not any(s.person_key for s in found)
    found = detect("Signed A.M.O. and AM.", known=[person])
    assert sum(1 for s in found if s.person_key) == 2


def test_a_surname_that_is_a_word_is_a_name_only_with_a_capital():
    person = KnownPerson("recruiter", names=("Moses Baraka Bwana",))
    found = detect("Bwana said so. Ni baraka kubwa; bwana yangu alikuja.", known=[person])
    assert [s.text for s in found if s.person_key] == ["Bwana"]


@st.composite
def written_numbers(draw):
    digits = "07" + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=8, max_size=8)))
    style = draw(st.sampled_from(["spaced", "dashed", "dotted", "lookalike", "wide", "zero_width", "words",
                                  "international"]))
    if style == "spaced":
        form = f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    elif style == "dashed":
        form = "-".join([digits[:4], digits[4:7], digits[7:]])
    elif style == "dotted":
        form = ".".join(digits)
    elif style == "lookalike":
        form = digits.replace("0", "O").replace("1", "l")
    elif style == "wide":
        form = "".join(chr(ord(c) + 0xFEE0) for c in digits)
    elif style == "zero_width":
        form = "\u200b".join([digits[:4], digits[4:7], digits[7:]])
    elif style == "words":
        words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        form = " ".join(words[int(c)] for c in digits)
    else:
        form = f"+254 {digits[1:4]} {digits[4:7]} {digits[7:]}"
    return digits, form


@settings(max_examples=100, deadline=None)
@given(written_numbers())
def test_a_known_phone_number_is_found_however_it_is_written(case):
    digits, form = case
    text = f"Her number was {form}, she said."
    start = text.index(form)
    person = KnownPerson("survivor", names=("Fictional Person",), identifiers=(digits,))
    found = detect(text, known=[person])
    assert _covered(found, start, start + len(form), text), (form, found)
    assert not leak_check(text, [person]).passed


def test_a_disguised_name_fails_the_leak_check():
    person = KnownPerson("survivor", names=("Achieng Awino",))
    for disguised in ("Achi\u200beng", "Ach\u00adieng", "Аchieng", "ACHIENG", "Achi-\neng"):  # Cyrillic А
        report = leak_check(f"Survivor A said {disguised} was her sister.", [person])
        assert not report.passed, disguised
