"""The leak check fails on any form of a known identifier and on unreviewed detections."""

from __future__ import annotations

import pytest

from haart_archive.redaction import leak_check
from tests.redaction.fixtures import PEOPLE


@pytest.mark.parametrize("form", [
    "Achieng", "ACHIENG", "achieng", "Achieng's", "Achieng’s", "Ochieng", "Ochieng'", "Awino",
    "A. Ochieng", "Achieng O.", "Mama Baraka", "Shiro", "Kaloleni", "Majengo Mapya",
    "0712 345 678", "+254712345678", "254-712-345-678", "28765432", "AK0456789",
    "Josphat", "J. Langat", "Kiprono", "Baba Kiprono", "JK", "Salem Al Harbi", "Al-Harbi",
    "Achi-\neng", "Achieng\nAwino",
])
def test_every_form_of_a_known_identifier_fails_the_check(form):
    text = f"The report mentions {form} once.\nNothing else."
    report = leak_check(text, PEOPLE)
    assert not report.passed
    leak = report.leaks[0]
    assert leak.line == 1 and text[leak.start:leak.end] == leak.form
    assert "Achieng" not in report.summary()


def test_clean_text_passes():
    text = "Survivor A was recruited by Recruiter B and taken to [LOCATION]. She is now safe."
    assert leak_check(text, PEOPLE).passed


def test_unreviewed_high_confidence_detection_fails_until_reviewed():
    text = "Her sister's number is 0733 999 888."
    report = leak_check(text, PEOPLE)
    assert not report.passed and report.leaks[0].kind == "PHONE"
    assert leak_check(text, PEOPLE, reviewed=["0733 999 888"]).passed
    start = text.index("0733")
    assert leak_check(text, PEOPLE, reviewed=[(start, start + 12)]).passed


def test_reviewing_does_not_excuse_a_known_identifier():
    text = "Achieng went home."
    assert not leak_check(text, PEOPLE, reviewed=["Achieng"]).passed
    assert leak_check(text, PEOPLE, allowed=["Achieng"]).passed
