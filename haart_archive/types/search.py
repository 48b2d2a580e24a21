"""Search values: results (from the index) and the whole public text behind a result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from haart_archive.search.index import Hit, SearchResults


@dataclass(frozen=True)
class PublicText:
    """The whole public (redacted, approved, current) text of a testimony, as every role
    may read it: what the public index holds, never an original or an identity."""

    testimony_id: str
    version_id: str
    title: str
    text: str
    language: str
    county: str
    told_on: dt.date | None
    anonymity: str
    consent_state: str
    approved_at: dt.datetime | None


__all__ = ["Hit", "PublicText", "SearchResults"]
