"""Evidence brief values: what communications staff ask for, parsed strictly from JSON.

    {"title": "...", "channel": "report", "planned_date": "2026-12-10", "framing_text": "...",
     "language": "en", "where": "County assembly, Kilifi", "file_name": "kilifi-brief",
     "statistics": [{"by": "destination_country", "k": 11, "caption": "..."}, {"by": "year"}],
     "quotes": [{"version": "<approved redacted version id>", "excerpt": "...", "caption": "..."}]}
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from haart_archive.consent import channel_use
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.statistics.suppression import DEFAULT_K
from haart_archive.types.publishing import PublicationSpec, SpecItem
from haart_archive.types.statistics import parse_fields

BRIEF_KEYS = {"title", "channel", "planned_date", "framing_text", "language", "where", "file_name", "statistics",
              "quotes"}
TABLE_KEYS = {"by", "k", "caption"}
QUOTE_KEYS = {"version", "excerpt", "caption"}


@dataclass(frozen=True)
class BriefTable:
    """One figure of a brief: counts by one or two fields, suppressed with k."""

    by: tuple[str, ...]
    k: int = DEFAULT_K
    caption: str = ""


@dataclass(frozen=True)
class BriefSpec:
    """An evidence brief: framing text, statistics and approved quotes."""

    title: str
    channel: str
    planned_date: dt.date
    tables: tuple[BriefTable, ...] = ()
    quotes: tuple[SpecItem, ...] = ()
    framing_text: str = ""
    language: str = "en"
    where: str = ""
    file_name: str = "haart-evidence-brief"

    def publication_spec(self) -> PublicationSpec:
        """The quotes as an ordinary publication, for the item gates (consent, approval, review)."""
        return PublicationSpec(self.title, self.channel, self.planned_date, self.quotes, self.framing_text,
                               self.language, self.where, self.file_name)

    @staticmethod
    def from_dict(data: dict) -> BriefSpec:
        if not isinstance(data, dict):
            raise InvalidInput(Message("An evidence brief spec must be a JSON object."))
        unknown = set(data) - BRIEF_KEYS
        if unknown:
            raise InvalidInput(Message("Unknown brief field(s): {unknown}.", unknown=", ".join(sorted(unknown))))
        tables = []
        for number, table in enumerate(data.get("statistics") or [], start=1):
            if not isinstance(table, dict) or set(table) - TABLE_KEYS or "by" not in table:
                raise InvalidInput(Message("Table {number} needs 'by' and may have only: by, k, caption.",
                                           number=number))
            k = table.get("k", DEFAULT_K)
            if not isinstance(k, int) or isinstance(k, bool) or k < 2:
                raise InvalidInput(Message("Table {number}: k must be a whole number of at least 2.", number=number))
            tables.append(BriefTable(parse_fields(table["by"]), k, str(table.get("caption", ""))))
        quotes = []
        for number, quote in enumerate(data.get("quotes") or [], start=1):
            if not isinstance(quote, dict) or set(quote) - QUOTE_KEYS or "version" not in quote:
                raise InvalidInput(Message("Quote {number} needs 'version' and may have only: version, excerpt, "
                                           "caption.", number=number))
            kind = "excerpt" if quote.get("excerpt") else "text"
            quotes.append(SpecItem(kind, str(quote["version"]), str(quote.get("excerpt", "")),
                                   str(quote.get("caption", ""))))
        if not tables and not quotes:
            raise InvalidInput(Message("An evidence brief needs at least one table of statistics or one quote."))
        try:
            planned = dt.date.fromisoformat(str(data.get("planned_date") or dt.date.today().isoformat()))
        except ValueError:
            raise InvalidInput(Message("planned_date must be a date written as YYYY-MM-DD.")) from None
        channel = str(data.get("channel", "report"))
        channel_use(channel)  # raises InvalidInput naming an unknown channel
        return BriefSpec(str(data.get("title", "")), channel, planned, tuple(tables), tuple(quotes),
                         str(data.get("framing_text", "")), str(data.get("language", "en")),
                         str(data.get("where", "")), str(data.get("file_name") or "haart-evidence-brief"))


def brief_from_json_text(text: str) -> BriefSpec:
    try:
        return BriefSpec.from_dict(json.loads(text))
    except json.JSONDecodeError as error:
        raise InvalidInput(Message("The brief spec is not valid JSON (line {lineno}).", lineno=error.lineno)) from None


__all__ = ["BriefSpec", "BriefTable", "brief_from_json_text"]
