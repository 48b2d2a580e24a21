"""Generalisation: exact values made coarse (age 16 -> 'a teenager', village -> county,
exact date -> month and year)."""

from __future__ import annotations

import re

from haart_archive.redaction.gazetteer import place
from haart_archive.redaction.patterns import MONTHS_EN, MONTHS_SW
from haart_archive.redaction.types import EntityType

_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]
_NUMBER_WORDS = {
    w: i for i, w in enumerate(
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ])
} | {w: 10 * (i + 2) for i, w in enumerate([
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
])}
_SW_NUMBERS = {"kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50}
_SW_UNITS = {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9,
             "miwili": 2, "mitatu": 3, "minne": 4, "mitano": 5, "minane": 8}
_MONTH = re.compile(rf"\b({MONTHS_SW}|{MONTHS_EN})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def generalise(text: str, entity: EntityType) -> str | None:
    """A coarser form of `text`, or None when there is none (the caller then labels it)."""
    if entity == EntityType.AGE:
        return generalise_age(text)
    if entity == EntityType.DATE:
        return generalise_date(text)
    if entity == EntityType.LOCATION:
        return generalise_place(text)
    return None


def _age_number(text: str) -> int | None:
    digits = re.search(r"\d{1,3}", text)
    if digits:
        return int(digits.group())
    words = re.findall(r"[a-z]+", text.lower())
    total = sum(_NUMBER_WORDS.get(w, 0) + _SW_NUMBERS.get(w, 0) for w in words)
    total += sum(_SW_UNITS.get(w, 0) for w in words if "na" in words or len(words) <= 2)
    return total or None


# Swahili words around an age ("miaka 14", "mtoto wa 14", "niko na 19"): the coarse age is
# written in Swahili too.
_SWAHILI_AGE = re.compile(r"\b(?:miaka|umri|mtoto|msichana|mvulana|wa|na|niko|nko|yuko|kumi|ishirini|thelathini)\b")


def generalise_age(text: str) -> str | None:
    """'16 years old' -> 'a teenager'; '16-year-old' -> 'teenage'; 'miaka 16' -> 'umri wa ujana'."""
    age = _age_number(text)
    if age is None:
        return None
    lowered = text.lower()
    if _SWAHILI_AGE.search(lowered):
        return "umri wa utoto" if age < 13 else "umri wa ujana" if age < 20 else "umri wa utu uzima"
    if re.search(r"year[- ]old", lowered) and not re.search(r"years[- ]old", lowered):
        return "young" if age < 13 else "teenage" if age < 20 else "adult"
    if age < 13:
        return "a child"
    if age < 20:
        return "a teenager"
    decade = ("twenties", "thirties", "forties", "fifties", "sixties")
    return f"in their {decade[age // 10 - 2]}" if age < 70 else "an older adult"


def generalise_date(text: str) -> str | None:
    """An exact date -> its month and year ('12 March 2019' -> 'March 2019')."""
    iso = _ISO.search(text)
    if iso:
        return f"{_MONTH_NAMES[int(iso.group(2)) - 1]} {iso.group(1)}"
    numeric = _NUMERIC.search(text)
    if numeric and 1 <= int(numeric.group(2)) <= 12:
        year = numeric.group(3)
        year = year if len(year) == 4 else f"20{year}"
        return f"{_MONTH_NAMES[int(numeric.group(2)) - 1]} {year}"
    month, year = _MONTH.search(text), _YEAR.search(text)
    if month and year:
        return f"{month.group(1).capitalize()} {year.group(1)}"
    if year:
        return year.group(1)
    if month:
        return month.group(1).capitalize()
    return None


def generalise_place(text: str) -> str | None:
    """A town, estate or village -> its county; a foreign city -> its country."""
    found = place(re.sub(r"(?i)['’]s$", "", text.strip()))
    if found is None:
        return None
    name, level, parent = found
    if level == "county":
        return f"{name} County"
    if level == "town":
        return f"{parent} County"
    if level in ("city", "abroad_town"):
        return parent
    return name
