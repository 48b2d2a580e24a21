"""What is indexed: the document the archive feeds in, and the schema of each tier.

The `story` index holds original texts and the names of the people in them; the
`public` index holds approved redacted versions and consent summaries and has no
`people` field at all, so it cannot hold a name that way even by mistake.

English text goes to the stemmed `*_en` fields and Swahili or mixed text to the
unstemmed `*_sw` fields; the query parser searches both (see `queries.py`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from whoosh import fields
from whoosh.analysis import Analyzer

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.search.analysis import (
    code_analyzer,
    english_analyzer,
    name_analyzer,
    swahili_analyzer,
)
from haart_archive.search.formats import PackedPositions

# Bump when the schema, the analysis or the file format changes: an index of another
# version is rebuilt. 2: files sealed in chunks, word places packed as arrays.
SCHEMA_VERSION = 2

LANGUAGES = ("en", "sw", "mixed")

# Facet name -> indexed field. Facets are also the filters the UI can click.
FACET_FIELDS = {
    "exploitation": "exploitation",
    "indicator": "indicator",
    "county": "county",
    "year": "year",
    "language": "language",
    "consent": "consent",
}
# Extra fields that can filter (and be queried as field:value) but are not counted.
FILTER_FIELDS = {**FACET_FIELDS, "sector": "sector", "route": "route", "push_factor": "push_factor"}


class Tier(StrEnum):
    """Which index: originals (editors, custodians) or public (every role)."""

    STORY = "story"
    PUBLIC = "public"


@dataclass(frozen=True)
class IndexedDocument:
    """One testimony as the search index sees it.

    For the `public` tier the archive passes the approved redacted text and must leave
    `people` empty (the index refuses names there). Tag values are vocabulary codes
    ('forced_labour', 'debt_bondage') or labels; both fold to the same code.
    """

    id: str
    title: str
    body: str
    language: str = "en"
    people: tuple[str, ...] = ()
    exploitation: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()
    push_factors: tuple[str, ...] = ()
    county: str = ""
    told_on: dt.date | None = None
    event_dates: tuple[dt.date, ...] = ()
    consent_state: str = ""


def build_schema(tier: Tier) -> fields.Schema:
    """The Whoosh schema of one tier's index."""
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.STORED(),
        title_en=_text_field(english_analyzer(), PackedPositions(field_boost=2.0)),
        title_sw=_text_field(swahili_analyzer(), PackedPositions(field_boost=2.0)),
        # Postings keep positions (for phrases); the highlighter finds the characters of
        # the words it marks in the stored text of the page of hits.
        body_en=_text_field(english_analyzer(), PackedPositions(), stored=True),
        body_sw=_text_field(swahili_analyzer(), PackedPositions(), stored=True),
        exploitation=_code_field(),
        indicator=_code_field(),
        sector=_code_field(),
        route=_code_field(),
        push_factor=_code_field(),
        county=_code_field(),
        language=_code_field(stored=True),
        consent=_code_field(),
        year=_code_field(),
        told=fields.DATETIME(stored=True, sortable=True),
        events=fields.DATETIME(),
    )
    if tier is Tier.STORY:
        schema.add("people", fields.TEXT(analyzer=name_analyzer()))
    return schema


def _text_field(analyzer: Analyzer, posting_format: PackedPositions, stored: bool = False) -> fields.TEXT:
    field = fields.TEXT(analyzer=analyzer, stored=stored, field_boost=posting_format.field_boost)
    field.format = posting_format
    return field


def _code_field(stored: bool = False) -> fields.FieldType:
    return fields.ID(analyzer=code_analyzer(), stored=stored)


def body_fields(language: str) -> tuple[str, str]:
    """The (title, body) fields a document of `language` is indexed in."""
    return ("title_en", "body_en") if language == "en" else ("title_sw", "body_sw")


def to_fields(doc: IndexedDocument, tier: Tier) -> dict:
    """The Whoosh field values of `doc` for `tier`; refuse what the tier must not hold."""
    if doc.language not in LANGUAGES:
        raise InvalidInput(Message(
            "The language must be one of {languages}.",
            languages=', '.join(LANGUAGES),
        ))
    if tier is Tier.PUBLIC and doc.people:
        raise InvalidInput(Message(
            "The public search index must not be given the names of people.",
        ))
    title_field, body_field = body_fields(doc.language)
    values = {
        "id": doc.id,
        "title": doc.title,
        title_field: doc.title,
        body_field: doc.body,
        "exploitation": ",".join(doc.exploitation),
        "indicator": ",".join(doc.indicators),
        "sector": ",".join(doc.sectors),
        "route": ",".join(doc.routes),
        "push_factor": ",".join(doc.push_factors),
        "county": doc.county,
        "language": doc.language,
        "consent": doc.consent_state,
    }
    if doc.told_on is not None:
        values["told"] = _as_datetime(doc.told_on)
        values["year"] = str(doc.told_on.year)
    if doc.event_dates:
        values["events"] = [_as_datetime(day) for day in doc.event_dates]
    if tier is Tier.STORY and doc.people:
        values["people"] = " ".join(doc.people)
    return {name: value for name, value in values.items() if value not in ("", None)}


def _as_datetime(day: dt.date) -> dt.datetime:
    if isinstance(day, dt.datetime):
        return day
    return dt.datetime(day.year, day.month, day.day)
