"""Type labels inserted by a plan never count as leaks, whatever a person is called."""

from __future__ import annotations

from haart_archive.redaction import KnownPerson, leak_check


def test_a_name_that_is_also_a_label_word_does_not_fail_every_label():
    known = [KnownPerson("survivor", names=("Fictional Person",)), KnownPerson("recruiter", names=("Phone Mwangi",))]
    text = "[PERSON] met [PERSON] and gave her [PHONE]."
    assert leak_check(text, known).passed


def test_the_same_words_outside_a_label_are_still_leaks():
    known = [KnownPerson("survivor", names=("Fictional Person",))]
    report = leak_check("She said Fictional Person was her name. [PERSON]", known)
    assert not report.passed and report.leaks[0].start == 9
