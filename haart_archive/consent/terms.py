"""The words of consent: uses, anonymity levels, media, methods, event kinds and states.

Each enum value is the stable identifier used in stored JSON, on the command line and in
JSON forms. Labels are what people read, in English and Swahili (`label(value, language)`).
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum, StrEnum

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message


class Use(StrEnum):
    """One way a testimony may be used; each is allowed or refused separately."""

    CASE_WORK = "case_work"
    RESEARCH = "research"
    TRAINING = "training"
    PARTNER_SHARING = "partner_sharing"
    ANONYMOUS_PUBLICATION = "anonymous_publication"
    MEDIA_PRESS = "media_press"
    NAMED_PUBLICATION = "named_publication"
    DONOR_REPORT = "donor_report"


class Anonymity(StrEnum):
    """How the survivor must be named, from strongest protection to weakest."""

    ANONYMOUS = "anonymous"
    PSEUDONYM = "pseudonym"
    FIRST_NAME = "first_name"
    FULL_NAME = "full_name"

    @property
    def strength(self) -> int:
        """Higher is more protective: anonymous 3, pseudonym 2, first name 1, full name 0."""
        return len(Anonymity) - 1 - list(Anonymity).index(self)

    def at_least_as_strong_as(self, required: Anonymity) -> bool:
        """True when this level protects the survivor at least as well as `required`."""
        return self.strength >= required.strength


class Media(StrEnum):
    """A kind of material that may be used."""

    TEXT = "text"
    PHOTO_HIDDEN_FACE = "photo_hidden_face"
    PHOTO_VISIBLE_FACE = "photo_visible_face"
    VOICE = "voice"
    VIDEO = "video"


class Method(StrEnum):
    """How the consent was given."""

    WRITTEN_FORM = "written_form"
    THUMBPRINT = "thumbprint"
    VERBAL_RECORDED = "verbal_recorded"
    DIGITAL = "digital"


class EventKind(StrEnum):
    """What one entry of the append-only consent history records."""

    GRANTED = "granted"
    AMENDED = "amended"
    RENEWED = "renewed"
    PARTLY_WITHDRAWN = "partly_withdrawn"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class ConsentState(StrEnum):
    """The state of a testimony's consent on a given day; also a search facet.

    Whether an active consent expires soon is a separate flag (`CurrentConsent.expiring_soon`)
    so that the facet keeps one value per testimony.
    """

    NONE = "none"
    ACTIVE = "active"
    PARTLY_WITHDRAWN = "partly_withdrawn"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class Channel(StrEnum):
    """Where a publication goes; `channel_use` maps each to the use it needs."""

    WEB = "web"
    REPORT = "report"
    PRESS = "press"
    SOCIAL_MEDIA = "social_media"
    DONOR_REPORT = "donor_report"
    PARTNER = "partner"


LANGUAGES = ("en", "sw")

_LABELS: dict[Enum, tuple[str, str]] = {
    Use.CASE_WORK: ("internal case work", "kazi ya kesi ndani ya shirika"),
    Use.RESEARCH: ("research and statistics", "utafiti na takwimu"),
    Use.TRAINING: ("staff training", "mafunzo ya wafanyakazi"),
    Use.PARTNER_SHARING: (
        "sharing de-identified data with partner organisations",
        "kushiriki taarifa zisizotambulisha mtu na mashirika washirika",
    ),
    Use.ANONYMOUS_PUBLICATION: (
        "anonymous advocacy publication (reports, web)",
        "machapisho ya utetezi bila kutaja jina (ripoti, tovuti)",
    ),
    Use.MEDIA_PRESS: ("media and press", "vyombo vya habari"),
    Use.NAMED_PUBLICATION: ("named publication", "machapisho yanayotaja jina"),
    Use.DONOR_REPORT: ("donor reports", "ripoti kwa wafadhili"),
    Anonymity.ANONYMOUS: ("fully anonymous", "bila jina lolote"),
    Anonymity.PSEUDONYM: ("a pseudonym (a made-up name)", "jina la bandia"),
    Anonymity.FIRST_NAME: ("first name only", "jina la kwanza pekee"),
    Anonymity.FULL_NAME: ("full name", "jina kamili"),
    Media.TEXT: ("text", "maandishi"),
    Media.PHOTO_HIDDEN_FACE: ("photos with the face hidden", "picha zisizoonyesha uso"),
    Media.PHOTO_VISIBLE_FACE: ("photos showing the face", "picha zinazoonyesha uso"),
    Media.VOICE: ("voice recordings", "rekodi za sauti"),
    Media.VIDEO: ("video", "video"),
    Method.WRITTEN_FORM: ("a signed written form", "fomu iliyoandikwa na kusainiwa"),
    Method.THUMBPRINT: ("a thumbprint", "alama ya kidole gumba"),
    Method.VERBAL_RECORDED: ("spoken consent that was recorded", "maneno ya mdomo yaliyorekodiwa"),
    Method.DIGITAL: ("a digital form", "fomu ya kidijitali"),
    ConsentState.NONE: ("no consent recorded", "hakuna ridhaa iliyorekodiwa"),
    ConsentState.ACTIVE: ("active", "inatumika"),
    ConsentState.PARTLY_WITHDRAWN: ("partly withdrawn", "imeondolewa kwa sehemu"),
    ConsentState.WITHDRAWN: ("withdrawn", "imeondolewa"),
    ConsentState.EXPIRED: ("expired", "muda wake umekwisha"),
}

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "sw": (
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ),
}


def check_language(language: str) -> str:
    """Return `language` when it is 'en' or 'sw'; otherwise raise InvalidInput."""
    if language not in LANGUAGES:
        raise InvalidInput(
            Message(
                "The language must be 'en' (English) or 'sw' (Swahili), not {shown}.",
                shown=shown(language),
            )
        )
    return language


def label(value: Enum, language: str = "en") -> str:
    """The words people read for one identifier, in English or Swahili."""
    english, swahili = _LABELS[value]
    if check_language(language) == "sw":
        return swahili
    # As a Message, an English label inside a core sentence is translated with it.
    return Message(english.replace("{", "{{").replace("}", "}}"))


# Event kinds share values with consent states ("withdrawn"), and StrEnum members with equal
# values are one dict key: so their words live in a table of their own.
_EVENT_LABELS: dict[str, tuple[str, str]] = {
    EventKind.GRANTED.value: ("consent granted", "ridhaa imetolewa"),
    EventKind.AMENDED.value: ("consent amended", "ridhaa imerekebishwa"),
    EventKind.RENEWED.value: ("consent renewed", "ridhaa imefanywa upya"),
    EventKind.PARTLY_WITHDRAWN.value: ("consent partly withdrawn", "ridhaa imeondolewa kwa sehemu"),
    EventKind.WITHDRAWN.value: ("consent withdrawn", "ridhaa imeondolewa"),
    EventKind.EXPIRED.value: ("consent expired", "muda wa ridhaa umekwisha"),
}


def event_label(kind: EventKind, language: str = "en") -> str:
    """The words for one kind of consent history event."""
    english, swahili = _EVENT_LABELS[EventKind(kind).value]
    return swahili if check_language(language) == "sw" else english


def labels(values, language: str = "en") -> str:
    """Labels of several identifiers, in declaration order, joined with commas."""
    ordered = sorted(values, key=lambda value: list(type(value)).index(value))
    return ", ".join(label(value, language) for value in ordered)


def format_date(day: date, language: str = "en") -> str:
    """A date as people write it: '3 May 2025' or '3 Mei 2025'."""
    if check_language(language) == "sw":
        return f"{day.day} {_MONTHS['sw'][day.month - 1]} {day.year}"
    return Message(
        "{day} {month} {year}", day=day.day, month=Message(_MONTHS["en"][day.month - 1]), year=day.year
    )


_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]{0,39}")


def shown(value: object) -> str:
    """Quote a mistyped identifier in an error, but never free text that might be a name."""
    if isinstance(value, str) and _IDENTIFIER.fullmatch(value):
        return f"'{value}'"
    return "a value"


def parse_enum(enum_type: type[Enum], value: object, what: str) -> Enum:
    """Parse one identifier strictly; the error lists the identifiers that are accepted."""
    try:
        return enum_type(value)
    except ValueError:
        accepted = ", ".join(member.value for member in enum_type)
        raise InvalidInput(
            Message(
                "{shown} is not a known {what}; use one of: {accepted}.",
                shown=shown(value),
                what=what,
                accepted=accepted,
            )
        ) from None
