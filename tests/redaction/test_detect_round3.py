"""Rule families of the third round of issue 14: each with cases that must be found and cases
that must be left alone (the examples are invented; none comes from an evaluation set)."""

from __future__ import annotations

import pytest

from haart_archive.redaction import EntityType, detect


def _covered(text: str, part: str) -> bool:
    start = text.index(part)
    found = detect(text)
    return all(any(s.start <= i < s.end for s in found) for i in range(start, start + len(part))
               if text[i].isalnum())


def _touched(text: str, part: str, kinds=None) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(s.start < end and s.end > start and (kinds is None or s.type in kinds) for s in detect(text))


@pytest.mark.parametrize("text, number", [
    ("Her ID reads 2l 448 903 on the copy.", "2l 448 903"),
    ("ID nos. 27 118 430 and 3O 551 2l7 were kept.", "3O 551 2l7"),
    ("The card says 2O-417-338 in pen.", "2O-417-338"),
    ("CALL RX-23-0411-002 | 11/04/2023 10:02", "RX-23-0411-002"),
    ("Referred under case MWD-KE-2023-118.", "MWD-KE-2023-118"),
    ("Miscellaneous application E1187 of 2023 was filed.", "E1187 of 2023"),
    ("The trailer ZC 3318 was parked at the weighbridge.", "ZC 3318"),
    ("Birth certificate no.: C 5512098", "C 5512098"),
    ("Imeandikwa na Konstebo Wairimu, Na. 88214.", "88214"),
])
def test_reference_numbers_in_the_shapes_offices_write_them(text, number):
    assert _covered(text, number)


@pytest.mark.parametrize("text, part", [
    ("She was in Form 2 in 2019 when COVID-19 came.", "COVID-19"),
    ("The A-104 road to Eldoret was closed.", "A-104"),
    ("He paid 3 of 20 instalments.", "3 of 20"),
    ("Bring Form 3O 12 and the rest.", "Bring"),
])
def test_short_codes_and_counts_are_not_reference_numbers(text, part):
    assert not _touched(text, part, {EntityType.ACCOUNT_NUMBER, EntityType.NATIONAL_ID, EntityType.VEHICLE_PLATE})
