"""Which spreadsheet column holds which archive field: chosen by the user, or guessed.

A mapping file is JSON: archive field -> column header, for example
``{"title": "Case title", "text": "Narrative", "survivor_name": "Client"}``; an optional
``"sheet"`` key names the worksheet of an .xlsx file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

FIELDS = (
    "title", "text", "language", "county", "told_on", "place_told", "taken_by", "notes",
    "tags.exploitation", "tags.indicators", "tags.sectors", "tags.push_factors", "tags.routes",
    "survivor_name", "survivor_gender", "survivor_phone", "survivor_birth_year",
    "recruiter_name", "attachments",
)
SHEET_KEY = "sheet"
LOOSE_WORDS = frozenset({
    "testimony", "narrative", "statement", "transcript", "exploitation", "indicators",
    "attachments", "interviewer", "county", "kaunti", "ushuhuda", "maelezo",
})

# Headers people actually write, in English and Swahili, most specific first.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "case title", "testimony title", "headline", "subject", "case name", "kichwa"),
    "text": ("text", "testimony", "narrative", "story", "statement", "account", "transcript",
             "testimony text", "interview notes", "intake notes", "details", "description", "ushuhuda", "maelezo"),
    "language": ("language", "lang", "lugha"),
    "county": ("county", "home county", "county of origin", "kaunti"),
    "told_on": ("told on", "date", "date told", "interview date", "date of interview", "intake date",
                "date of intake", "tarehe"),
    "place_told": ("place told", "place", "place of interview", "location", "venue", "mahali"),
    "taken_by": ("taken by", "interviewer", "recorded by", "case worker", "caseworker", "officer", "staff"),
    "notes": ("notes", "remarks", "comments", "staff notes", "maoni"),
    "tags.exploitation": ("exploitation", "form of exploitation", "forms of exploitation", "type of exploitation"),
    "tags.indicators": ("indicators", "ilo indicators", "indicators of forced labour", "forced labour indicators"),
    "tags.sectors": ("sector", "sectors", "sector of work"),
    "tags.push_factors": ("push factors", "push factor", "vulnerabilities"),
    "tags.routes": ("route", "routes", "trafficking route"),
    "survivor_name": ("survivor name", "survivor", "name of survivor", "client name", "client", "full name",
                      "name", "jina"),
    "survivor_gender": ("gender", "sex", "survivor gender", "jinsia"),
    "survivor_phone": ("phone", "survivor phone", "phone number", "telephone", "mobile", "contact", "simu"),
    "survivor_birth_year": ("birth year", "year of birth", "yob"),
    "recruiter_name": ("recruiter", "recruiter name", "agent", "broker", "name of recruiter", "wakala"),
    "attachments": ("attachments", "attachment", "files", "photos", "media", "recordings", "viambatisho"),
}


def normalise_header(header: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", header.lower().replace("'s", "")).split())


def guess_mapping(headers: tuple[str, ...]) -> dict[str, str]:
    """Field -> header for every field whose header is recognised; each header used once."""
    by_norm: dict[str, str] = {}
    for header in headers:
        if header and normalise_header(header) not in by_norm:
            by_norm[normalise_header(header)] = header
    mapping: dict[str, str] = {}
    used: set[str] = set()
    # Exact synonyms first, over all fields, so "Name" does not win a looser match elsewhere.
    for exact in (True, False):
        for name in FIELDS:
            if name in mapping:
                continue
            for synonym in SYNONYMS[name]:
                header = _find(synonym, by_norm, used, exact)
                if header is not None:
                    mapping[name] = header
                    used.add(header)
                    break
    return {name: mapping[name] for name in FIELDS if name in mapping}


def _find(synonym: str, by_norm: dict[str, str], used: set[str], exact: bool) -> str | None:
    for norm, header in by_norm.items():
        if header in used:
            continue
        if norm == synonym or (not exact and _loose(synonym) and f" {synonym} " in f" {norm} "):
            return header
    return None


def _loose(synonym: str) -> bool:
    # "Date" inside "Date of birth" or "Phone" inside "Recruiter phone" would be wrong
    # guesses; only longer phrases and unambiguous words match inside a longer header.
    return " " in synonym or synonym in LOOSE_WORDS


def load_mapping(path: Path) -> tuple[dict[str, str], str | None]:
    """Read a mapping file: (field -> header, sheet name or None)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError:
        raise InvalidInput(Message("The mapping file cannot be read.")) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidInput(Message(
            "The mapping file is not valid JSON (it should map archive fields to column "
            "headers).",
        )) from None
    return mapping_from_dict(data)


def mapping_from_dict(data: object) -> tuple[dict[str, str], str | None]:
    if not isinstance(data, dict):
        raise InvalidInput(Message(
            "The mapping must be a JSON object of archive field -> column header.",
        ))
    data = dict(data)
    sheet = data.pop(SHEET_KEY, None)
    if sheet is not None and not isinstance(sheet, str):
        raise InvalidInput(Message("The mapping's 'sheet' must be the name of a worksheet."))
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise InvalidInput(
            Message(
                "The mapping names unknown field(s): {unknown}. Known fields: {fields}.",
                unknown=', '.join(unknown),
                fields=', '.join(FIELDS),
            )
        )
    if any(not isinstance(v, str) or not v.strip() for v in data.values()):
        raise InvalidInput(Message("Each field in the mapping must name a column header (text)."))
    return {name: data[name] for name in FIELDS if name in data}, sheet


def check_mapping(mapping: dict[str, str], headers: tuple[str, ...]) -> dict[str, int]:
    """Field -> column index; refuses a mapping naming a header the sheet does not have."""
    by_norm = {normalise_header(h): i for i, h in reversed(list(enumerate(headers))) if h}
    columns = {}
    for name, header in mapping.items():
        index = by_norm.get(normalise_header(header))
        if index is None:
            raise InvalidInput(
                Message(
                    "The mapping puts {name} in a column '{header}' that the sheet does not have "
                    "(its headers are: {value}).",
                    name=name,
                    header=header,
                    value=', '.join(repr(h) for h in headers if h),
                )
            )
        columns[name] = index
    if "text" not in columns:
        raise InvalidInput(
            Message(
                "No column holds the testimony text: name it in a mapping file (\"text\": "
                "\"<header>\") and pass it with --mapping.",
            )
        )
    return columns
