"""Cell values as archive values: dates, counties, languages, tags, genders, phones.

Each parser returns the archive's value or raises InvalidInput with a sentence that
names the column and what is expected. Controlled words (tags, counties) may be quoted
back; free text never is.
"""

from __future__ import annotations

import datetime as dt
import re

from haart_archive.errors import InvalidInput
from haart_archive.importing.tables import Cell
from haart_archive.messages import Message
from haart_archive.vocabulary import VOCABULARIES

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "januari"), ("february", "feb", "februari"), ("march", "mar", "machi"),
            ("april", "apr", "aprili"), ("may", "mei"), ("june", "jun", "juni"), ("july", "jul", "julai"),
            ("august", "aug", "agosti"), ("september", "sep", "sept", "septemba"),
            ("october", "oct", "oktoba"), ("november", "nov", "novemba"), ("december", "dec", "desemba"),
        ],
        start=1,
    )
    for name in names
}
NUMERIC_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")
WORDY_DATE = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)|([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+(\d{4})$")
LANGUAGE_WORDS = {
    "en": "en", "eng": "en", "english": "en", "kiingereza": "en",
    "sw": "sw", "swa": "sw", "swahili": "sw", "kiswahili": "sw",
    "mixed": "mixed", "both": "mixed", "sheng": "mixed", "english and swahili": "mixed",
    "swahili and english": "mixed", "en/sw": "mixed", "sw/en": "mixed", "mchanganyiko": "mixed",
}
GENDER_WORDS = {
    "f": "female", "female": "female", "woman": "female", "girl": "female", "mwanamke": "female", "msichana": "female",
    "m": "male", "male": "male", "man": "male", "boy": "male", "mwanaume": "male", "mvulana": "male",
    "other": "other", "unknown": "unknown", "not known": "unknown", "-": "unknown",
}
TAG_VOCABULARY = {
    "exploitation": "exploitation", "indicators": "ilo_indicator", "sectors": "sector", "push_factors": "push_factor",
}
SEPARATORS = re.compile(r"[;\n]|,(?!\d)")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell).strip()


def date(cell: Cell, column: str) -> dt.date | None:
    """A date from a date cell, an Excel day number, or text (day first, as in Kenya)."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and 20_000 <= cell <= 80_000:
        return EXCEL_EPOCH + dt.timedelta(days=int(cell))
    value = " ".join(str(cell).lower().split())
    try:
        found = _date_from_text(value)
    except (ValueError, OverflowError):
        found = None
    if found is None or not dt.date(1950, 1, 1) <= found <= dt.date.today() + dt.timedelta(days=1):
        raise InvalidInput(Message(
            "the date in '{column}' cannot be read; write it as YYYY-MM-DD or DD/MM/YYYY.",
            column=column,
        ))
    return found


def _date_from_text(value: str) -> dt.date | None:
    value = value.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2}[ t]", value) else value
    match = NUMERIC_DATE.match(value)
    if match:
        a, b, c = (int(part) for part in match.groups())
        if len(match.group(1)) == 4:
            return dt.date(a, b, c)
        year = c + 2000 if c < 100 else c
        if b > 12 >= a:  # month first, as a US-set spreadsheet writes it
            return dt.date(year, a, b)
        return dt.date(year, b, a)
    match = WORDY_DATE.match(value)
    if match:
        day = match.group(1) or match.group(4)
        month = MONTHS.get(match.group(2) or match.group(3))
        if month is None:
            return None
        return dt.date(int(match.group(5)), month, int(day))
    return None


def language(cell: Cell, column: str) -> str | None:
    value = text(cell).lower()
    if not value:
        return None
    if value not in LANGUAGE_WORDS:
        raise InvalidInput(Message(
            "the language in '{column}' is not English, Swahili or mixed (en, sw, mixed).",
            column=column,
        ))
    return LANGUAGE_WORDS[value]


def county(cell: Cell, column: str) -> str:
    value = text(cell)
    if not value:
        return ""
    found = _term_code("county", re.sub(r"\s+county$", "", value.lower().strip()))
    if found is None:
        raise InvalidInput(Message(
            "'{value}' in '{column}' is not one of Kenya's 47 counties.",
            value=value[:40],
            column=column,
        ))
    return found


def tags(cell: Cell, group: str, column: str) -> tuple[str, ...]:
    parts = [part.strip() for part in SEPARATORS.split(text(cell)) if part.strip()]
    if group == "routes":
        return tuple(dict.fromkeys(part.lower() for part in text(cell).split(";") if part.strip()))
    vocabulary = TAG_VOCABULARY[group]
    found = []
    for part in parts:
        code = _term_code(vocabulary, part.lower())
        if code is None:
            raise InvalidInput(Message(
                "'{part}' in '{column}' is not a known {replace}.",
                part=part[:40],
                column=column,
                replace=vocabulary.replace('_', ' '),
            ))
        if code not in found:
            found.append(code)
    return tuple(found)


def gender(cell: Cell, column: str) -> str | None:
    value = text(cell).lower()
    if not value:
        return None
    if value not in GENDER_WORDS:
        raise InvalidInput(Message(
            "the gender in '{column}' is not one of female, male, other or unknown.",
            column=column,
        ))
    return GENDER_WORDS[value]


def birth_year(cell: Cell, column: str) -> int | None:
    value = text(cell)
    if not value:
        return None
    if not value.isdigit() or not 1900 <= int(value) <= dt.date.today().year:
        raise InvalidInput(Message(
            "the birth year in '{column}' is not a year such as 1998.",
            column=column,
        ))
    return int(value)


def phones(cell: Cell) -> tuple[str, ...]:
    # A phone typed into a number cell loses its leading zero: 712345678 was 0712345678.
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        digits = text(cell)
        return (f"0{digits}" if len(digits) == 9 and digits[0] in "17" else digits,)
    return tuple(part.strip() for part in re.split(r"[;/\n]", text(cell)) if part.strip())


def file_names(cell: Cell) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in re.split(r"[;\n]", text(cell)) if part.strip()))


def _term_code(vocabulary: str, value: str) -> str | None:
    wanted = _fold(value)
    if not wanted:
        return None
    for term in VOCABULARIES[vocabulary]:
        if wanted in (_fold(term.code), _fold(term.label), _fold(term.label_sw)):
            return term.code
    return None


def _fold(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", value.lower())
