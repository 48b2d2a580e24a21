"""Publishing values: what communications staff ask to publish, the gates' answer, the
publication register, the preview of a publication and the partner export's report."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from haart_archive.consent import channel_use
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.publishing import PartnerExport, SuppressionReport, read_pdf

SPEC_KEYS = {"title", "channel", "planned_date", "framing_text", "language", "items", "where", "file_name"}


ITEM_KEYS = {"kind", "version", "excerpt", "caption", "alt_text"}


# -- the specification ----------------------------------------------------------------------
@dataclass(frozen=True)
class SpecItem:
    """One item: a redacted version (whole or an excerpt of it) or a derived image."""

    kind: str
    version: str
    excerpt: str = ""
    caption: str = ""
    alt_text: str = ""


@dataclass(frozen=True)
class PublicationSpec:
    """What communications staff ask to publish; parsed strictly from JSON."""

    title: str
    channel: str
    planned_date: dt.date
    items: tuple[SpecItem, ...]
    framing_text: str = ""
    language: str = "en"
    where: str = ""
    file_name: str = "haart-publication"

    @staticmethod
    def from_dict(data: dict) -> PublicationSpec:
        if not isinstance(data, dict):
            raise InvalidInput(Message("A publication spec must be a JSON object."))
        unknown = set(data) - SPEC_KEYS
        if unknown:
            raise InvalidInput(Message(
                "Unknown publication field(s): {unknown}.",
                unknown=', '.join(sorted(unknown)),
            ))
        items = []
        for number, item in enumerate(data.get("items") or [], start=1):
            if not isinstance(item, dict) or set(item) - ITEM_KEYS or "version" not in item:
                raise InvalidInput(Message(
                    "Item {number} needs 'version' and may have only: {item_keys}.",
                    number=number,
                    item_keys=', '.join(sorted(ITEM_KEYS)),
                ))
            kind = item.get("kind", "excerpt" if item.get("excerpt") else "text")
            if kind not in ("text", "excerpt", "image"):
                raise InvalidInput(Message(
                    "Item {number}: kind must be text, excerpt or image.",
                    number=number,
                ))
            items.append(SpecItem(kind, str(item["version"]), str(item.get("excerpt", "")),
                                  str(item.get("caption", "")), str(item.get("alt_text", ""))))
        if not items:
            raise InvalidInput(Message("A publication needs at least one item."))
        try:
            planned = dt.date.fromisoformat(str(data.get("planned_date") or dt.date.today().isoformat()))
        except ValueError:
            raise InvalidInput(Message("planned_date must be a date written as YYYY-MM-DD.")) from None
        channel = str(data.get("channel", ""))
        channel_use(channel)  # raises InvalidInput naming an unknown channel
        return PublicationSpec(str(data.get("title", "")), channel, planned, tuple(items),
                               str(data.get("framing_text", "")), str(data.get("language", "en")),
                               str(data.get("where", "")), str(data.get("file_name") or "haart-publication"))

    def to_dict(self) -> dict:
        return {
            "title": self.title, "channel": self.channel, "planned_date": self.planned_date.isoformat(),
            "framing_text": self.framing_text, "language": self.language, "where": self.where,
            "file_name": self.file_name, "items": [item.__dict__ for item in self.items],
        }


# -- the gates' answer ----------------------------------------------------------------------
@dataclass(frozen=True)
class ItemCheck:
    """What the gates said about one item."""

    number: int
    label: str
    testimony_id: str | None
    problems: tuple[str, ...] = ()
    obligations: tuple[str, ...] = ()
    consent_reasons: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class GateReport:
    """Every gate's verdict: per item, and for the rendered output as a whole."""

    items: tuple[ItemCheck, ...]
    output_problems: tuple[str, ...] = ()
    rendered_sha256: str = ""
    leak_check_done: bool = False
    files: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items) and not self.output_problems

    def reasons(self) -> list[str]:
        lines = [
            Message("{label}: {problem}", label=item.label, problem=problem)
            for item in self.items
            for problem in item.problems
        ]
        return lines + [
            Message("Rendered output: {problem}", problem=problem) for problem in self.output_problems
        ]


@dataclass(frozen=True)
class PublicationRecord:
    """An entry of the publication register."""

    id: str
    kind: str
    title: str
    channel: str
    released_at: dt.datetime | None
    released_by: str | None
    where: str
    items: tuple[dict, ...]
    files: tuple[str, ...]
    takedown_requested_at: dt.datetime | None
    takedown_reasons: tuple[str, ...]
    taken_down_at: dt.datetime | None

    @property
    def needs_takedown(self) -> bool:
        return self.takedown_requested_at is not None and self.taken_down_at is None


def spec_from_json_text(text: str) -> PublicationSpec:
    try:
        return PublicationSpec.from_dict(json.loads(text))
    except json.JSONDecodeError as error:
        raise InvalidInput(Message(
            "The publication spec is not valid JSON (line {lineno}).",
            lineno=error.lineno,
        )) from None


@dataclass(frozen=True)
class RenderedPublication:
    """A publication rendered in memory for a preview, never written to disk: exactly the PDF
    and HTML a release of the same spec writes."""

    pdf: bytes = field(repr=False)
    html: bytes = field(repr=False)

    def pdf_pages(self) -> list[str]:
        """The text of each PDF page as a reader's PDF program extracts it."""
        return read_pdf(self.pdf).pages


__all__ = [
    "GateReport", "ItemCheck", "PartnerExport", "PublicationRecord", "PublicationSpec", "RenderedPublication",
    "SpecItem", "SuppressionReport", "spec_from_json_text",
]
