"""Testimony values: what an editor enters, lists and reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.people import LinkedPerson, PersonIdentity, PersonProfile, check_role
from haart_archive.vocabulary import codes

LANGUAGES = ("en", "sw", "mixed")


TAG_VOCABULARIES = {
    "exploitation": "exploitation",
    "indicators": "ilo_indicator",
    "sectors": "sector",
    "push_factors": "push_factor",
    "recruitment": "recruiter_relation",
}

# Case facts for statistics, each one code of a vocabulary ("" when not recorded).
CASE_FACTS = {
    "sex": "sex",
    "age_band": "age_band",
    "destination_country": "destination_country",
    "route": "route",
}


@dataclass(frozen=True)
class Tags:
    """Controlled tags plus free route names (e.g. 'Mombasa - Riyadh'). `recruitment` holds
    who recruited the survivor (codes of the recruiter_relation vocabulary)."""

    exploitation: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    push_factors: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()
    recruitment: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {key: list(value) for key, value in asdict(self).items()}

    @staticmethod
    def from_dict(data: dict) -> Tags:
        unknown = set(data) - set(Tags.__dataclass_fields__)
        if unknown:
            raise InvalidInput(Message(
                "Unknown tag group(s): {unknown}.",
                unknown=', '.join(sorted(unknown)),
            ))
        tags = Tags(**{key: tuple(value) for key, value in data.items()})
        tags.validate()
        return tags

    def validate(self) -> None:
        for group, vocabulary in TAG_VOCABULARIES.items():
            allowed = set(codes(vocabulary))
            for code in getattr(self, group):
                if code not in allowed:
                    raise InvalidInput(Message(
                        "'{code}' is not a known {replace}.",
                        code=code,
                        replace=vocabulary.replace('_', ' '),
                    ))


@dataclass(frozen=True)
class PersonInput:
    """A person to link when a testimony is taken in (new person) or an existing id."""

    role: str
    identity: PersonIdentity | None = None
    profile: PersonProfile | None = None
    person_id: str | None = None


@dataclass(frozen=True)
class TestimonyDraft:
    """What an editor enters; validated before anything is stored."""

    __test__ = False  # not a pytest test class

    title: str
    text: str
    language: str = "en"
    county: str = ""
    told_on: dt.date | None = None
    place_told: str = ""
    taken_by: str = ""
    notes: str = ""
    tags: Tags = field(default_factory=Tags)
    event_years: tuple[int, ...] = ()
    people: tuple[PersonInput, ...] = ()
    sex: str = ""
    age_band: str = ""
    destination_country: str = ""
    route: str = ""

    def validate(self) -> None:
        if not self.title.strip():
            raise InvalidInput(Message("A testimony needs a title."))
        if not self.text.strip():
            raise InvalidInput(Message("A testimony needs its text; it is empty."))
        if self.language not in LANGUAGES:
            raise InvalidInput(Message(
                "Language must be one of: {languages}.",
                languages=', '.join(LANGUAGES),
            ))
        if self.county and self.county not in codes("county"):
            raise InvalidInput(Message(
                "'{county}' is not one of Kenya's 47 counties (use its code, e.g. kilifi).",
                county=self.county,
            ))
        check_case_facts({name: getattr(self, name) for name in CASE_FACTS})
        self.tags.validate()
        for person in self.people:
            check_role(person.role)
        this_year = dt.date.today().year
        if self.told_on is not None and not (dt.date(EARLIEST_YEAR, 1, 1) <= self.told_on <= dt.date.today()):
            raise InvalidInput(Message(
                "The date the testimony was told must lie between {earliest} and today.",
                earliest=EARLIEST_YEAR,
            ))
        if any(not EARLIEST_YEAR <= year <= this_year for year in self.event_years):
            raise InvalidInput(Message(
                "Every year of the events must lie between {earliest} and {latest}.",
                earliest=EARLIEST_YEAR, latest=this_year,
            ))


# Testimonies are told by living survivors: nothing before this year is a real date here.
EARLIEST_YEAR = 1950


@dataclass(frozen=True)
class TestimonySummary:
    """A row of the testimonies list. `title` is None for roles without the story key."""

    __test__ = False  # not a pytest test class

    id: str
    title: str | None
    language: str
    county: str
    told_on: str
    tags: Tags
    revision: int
    created_at: dt.datetime
    updated_at: dt.datetime
    state: str = "new"
    sex: str = ""
    age_band: str = ""
    destination_country: str = ""
    route: str = ""


WORKFLOW_STATES = ("new", "in_redaction", "approved", "stale", "published")


@dataclass(frozen=True)
class TestimonyRecord:
    """A whole testimony as an editor sees it."""

    __test__ = False  # not a pytest test class

    id: str
    title: str
    text: str
    language: str
    county: str
    told_on: str
    place_told: str
    taken_by: str
    notes: str
    tags: Tags
    event_years: tuple[int, ...]
    revision: int
    created_at: dt.datetime
    updated_at: dt.datetime
    people: tuple[LinkedPerson, ...] = ()
    sex: str = ""
    age_band: str = ""
    destination_country: str = ""
    route: str = ""

    @property
    def word_count(self) -> int:
        return len(self.text.split())


DRAFT_KEYS = {
    "title", "text", "language", "county", "told_on", "place_told", "taken_by", "notes",
    "tags", "event_years", "people", *CASE_FACTS,
}


def check_case_facts(facts: dict[str, str]) -> None:
    """Each case fact is "" (not recorded) or a code of its vocabulary."""
    for name, value in facts.items():
        if value and value not in codes(CASE_FACTS[name]):
            raise InvalidInput(Message(
                "'{value}' is not a known {what}; use one of: {codes}.",
                value=value, what=name.replace("_", " "), codes=", ".join(codes(CASE_FACTS[name])),
            ))


def draft_from_dict(data: dict) -> TestimonyDraft:
    """A draft from a JSON record (the command line's --json); unknown keys are refused,
    and a field of the wrong type is named in the error."""
    if not isinstance(data, dict):
        raise InvalidInput(Message("A testimony record must be a JSON object."))
    unknown = set(data) - DRAFT_KEYS
    if unknown:
        raise InvalidInput(Message(
            "Unknown testimony field(s): {map}.",
            map=', '.join(sorted(map(str, unknown))),
        ))
    for key in ("title", "text", "language", "county", "place_told", "taken_by", "notes", *CASE_FACTS):
        if key in data and not isinstance(data[key], str):
            raise InvalidInput(Message("'{key}' must be text.", key=key))
    tags = _typed(data, "tags", dict, {})
    people = _typed(data, "people", list, [])
    years = _typed(data, "event_years", list, [])
    if not all(isinstance(year, int) and not isinstance(year, bool) for year in years):
        raise InvalidInput(Message("'event_years' must be a list of whole years."))
    if not all(isinstance(codes_, list) and all(isinstance(c, str) for c in codes_) for codes_ in tags.values()):
        raise InvalidInput(Message("Each tag group must be a list of codes."))
    try:
        told_on = dt.date.fromisoformat(data["told_on"]) if data.get("told_on") else None
    except (TypeError, ValueError):
        raise InvalidInput(Message("told_on must be a date written as YYYY-MM-DD.")) from None
    draft = TestimonyDraft(
        title=data.get("title", ""),
        text=data.get("text", ""),
        language=data.get("language", "en"),
        county=data.get("county", ""),
        told_on=told_on,
        place_told=data.get("place_told", ""),
        taken_by=data.get("taken_by", ""),
        notes=data.get("notes", ""),
        tags=Tags.from_dict(tags),
        event_years=tuple(years),
        people=tuple(_person_from_dict(item) for item in people),
        **{name: data.get(name, "") for name in CASE_FACTS},
    )
    draft.validate()
    return draft


def _typed(data: dict, key: str, kind: type, default: Any) -> Any:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, kind):
        raise InvalidInput(Message(
            "'{key}' must be a {value}.",
            key=key,
            value='list' if kind is list else 'JSON object',
        ))
    return value


def _person_from_dict(item: dict) -> PersonInput:
    if not isinstance(item, dict) or not isinstance(item.get("role"), str):
        raise InvalidInput(Message("Each person needs a role and a name."))
    identity = item.get("identity")
    if identity is None and isinstance(item.get("name"), str) and item["name"]:
        identity = {"legal_name": item["name"]}
    if identity is not None and not isinstance(identity, dict):
        raise InvalidInput(Message("A person's identity must be a JSON object."))
    if item.get("profile") is not None and not isinstance(item["profile"], dict):
        raise InvalidInput(Message("A person's profile must be a JSON object."))
    return PersonInput(
        role=check_role(item["role"]),
        identity=PersonIdentity.from_dict(identity) if identity else None,
        profile=PersonProfile.from_dict(item["profile"]) if item.get("profile") else None,
        person_id=item.get("person_id"),
    )
