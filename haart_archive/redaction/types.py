"""Value types of the redaction core: entity types, suggestions and the people of a testimony."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# A suggestion at or above this confidence must be reviewed before anything is published;
# the leak check fails on any unreviewed one.
HIGH_CONFIDENCE = 0.8


class EntityType(StrEnum):
    """What a span of text identifies."""

    PERSON = "PERSON"
    LOCATION = "LOCATION"
    ORGANIZATION = "ORGANIZATION"
    PHONE = "PHONE"
    NATIONAL_ID = "NATIONAL_ID"
    PASSPORT = "PASSPORT"
    KRA_PIN = "KRA_PIN"
    MPESA_CODE = "MPESA_CODE"
    EMAIL = "EMAIL"
    ACCOUNT_NUMBER = "ACCOUNT_NUMBER"
    VEHICLE_PLATE = "VEHICLE_PLATE"
    DATE = "DATE"
    AGE = "AGE"
    QUASI_IDENTIFIER = "QUASI_IDENTIFIER"


@dataclass(frozen=True)
class Suggestion:
    """A span the detector proposes to redact.

    `start` and `end` are Python character offsets into the text (end exclusive); `text` is the
    covered string (sensitive: never log it); `reason` says which rule fired, in words an editor
    understands; `person_key` links a match to a known person ("p0", "p1", ...) when it came
    from the testimony's own people.
    """

    start: int
    end: int
    type: EntityType
    confidence: float
    reason: str
    text: str = ""
    person_key: str | None = None

    def to_dict(self) -> dict:
        """The JSON shape of the command line: start, end, type, confidence, reason."""
        return {
            "start": self.start,
            "end": self.end,
            "type": str(self.type),
            "confidence": round(self.confidence, 2),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class KnownPerson:
    """A person linked to a testimony, as the identity records describe them.

    `names` lists the legal name first, then other full names; `aliases` are nicknames and
    teknonyms; `places` are home villages, estates and other places tied to the person;
    `identifiers` are phone numbers, ID and passport numbers and the like. `key` is a stable
    identifier of the person within the testimony (the archive's person id), used for
    pseudonyms; when empty, the position in the list is used.
    """

    role: str = "person"
    names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    key: str = ""

    def first_name(self) -> str:
        """The first given name of the legal name ('' when there is none)."""
        parts = self.names[0].split() if self.names else []
        return parts[0] if parts else ""


@dataclass(frozen=True)
class Gazetteer:
    """Word lists shipped with the package, keyed by lower-case form."""

    names: frozenset[str]
    ambiguous: frozenset[str]
    common: frozenset[str]
    nouns: frozenset[str]
    titles: frozenset[str]
    # place (lower case) -> (display name, level, parent); level is county, town, city, country
    places: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # first word of a multi-word place (lower case) -> the word tuples that start with it
    multiword: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # dictionary words of English and Swahili not in the lists above (see data/*_words.txt)
    english: frozenset[str] = frozenset()
    swahili: frozenset[str] = frozenset()
