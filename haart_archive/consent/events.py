"""Consent events: the entries of a testimony's append-only consent history.

Every event splits into a PUBLIC part (readable by every role: what is allowed, until when,
and the facts the policy needs, such as `is_minor`) and an IDENTITY part (names, the
survivor's own words, risk details, the scanned form). `ConsentEvent.public_json()` and
`identity_json()` give the two parts as JSON text for sealing in their tiers;
`ConsentEvent.from_json(public, identity_or_None)` reads them back strictly.

Structural checks (types, the shape each kind needs) run whenever an event is built.
The rules about what a person may record (a minor's grant needs a guardian and assent, the
expiry follows the grant, ...) live in `ConsentGrant.problems()` and in
`history.append_event`, so stored records keep loading even if those rules grow stricter.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from typing import Any

from haart_archive.consent._strict import Reader, dump, load_object
from haart_archive.consent.terms import Anonymity, EventKind, Media, Method, Use, label
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message, joined

SCHEMA_VERSION = 1
DEFAULT_VALIDITY_YEARS = 3


# A typing slip (1925, 2099) must not become a consent that never expires.
EARLIEST_CONSENT_YEAR = 1990
PLAUSIBLE_YEARS_AHEAD = 10


def default_expiry(consented_on: date) -> date:
    """Three years after the grant (29 February falls back to 28 February)."""
    try:
        return consented_on.replace(year=consented_on.year + DEFAULT_VALIDITY_YEARS)
    except ValueError:
        return consented_on.replace(year=consented_on.year + DEFAULT_VALIDITY_YEARS, day=28)


def _require(condition: bool, sentence: str) -> None:
    if not condition:
        raise InvalidInput(sentence)


def _require_members(values: object, enum_type: type, what: str) -> None:
    _require(
        isinstance(values, frozenset) and all(isinstance(v, enum_type) for v in values),
        Message(
            "{what} must be a frozenset of {name} values.",
            what=what,
            name=enum_type.__name__,
        ),
    )


@dataclass(frozen=True)
class ConsentTaking:
    """How one consent conversation happened (public part).

    `is_minor`, `guardian_granted` and `minor_assent` are public because the policy needs
    them in every role's session; who the guardian is lives in the identity part.
    """

    method: Method
    language: str
    interpreter_used: bool = False
    is_minor: bool = False
    guardian_granted: bool = False
    minor_assent: bool = False

    def __post_init__(self) -> None:
        _require(isinstance(self.method, Method), Message("The consent method must be a Method."))
        _require(
            isinstance(self.language, str) and 0 < len(self.language.strip()) <= 40,
            Message(
                "The language of the consent conversation must be a short name or code.",
            ),
        )
        for name in ("interpreter_used", "is_minor", "guardian_granted", "minor_assent"):
            _require(isinstance(getattr(self, name), bool), Message("'{name}' must be true or false.", name=name))

    @property
    def minor_consent_complete(self) -> bool:
        """False only for a minor whose guardian's grant or own assent is missing."""
        return not self.is_minor or (self.guardian_granted and self.minor_assent)

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method.value,
            "language": self.language,
            "interpreter_used": self.interpreter_used,
            "is_minor": self.is_minor,
            "guardian_granted": self.guardian_granted,
            "minor_assent": self.minor_assent,
        }

    @classmethod
    def read(cls, reader: Reader) -> ConsentTaking:
        taking = cls(
            method=reader.choice("method", Method, "consent method"),
            language=reader.text("language"),
            interpreter_used=reader.flag("interpreter_used"),
            is_minor=reader.flag("is_minor"),
            guardian_granted=reader.flag("guardian_granted"),
            minor_assent=reader.flag("minor_assent"),
        )
        reader.finish()
        return taking


@dataclass(frozen=True)
class ConsentTerms:
    """What the survivor allowed (public part: the consent summary every role may read).

    A use or medium absent from `uses` or `media` was answered "no". The consent holds
    until the day before `expires_on`; on `expires_on` it has expired.
    """

    uses: frozenset[Use]
    anonymity: Anonymity
    media: frozenset[Media]
    expires_on: date
    review_before_publication: bool = False
    risk_flag: bool = False
    has_conditions: bool = False

    def __post_init__(self) -> None:
        _require_members(self.uses, Use, "The allowed uses")
        _require_members(self.media, Media, "The allowed media")
        _require(isinstance(self.anonymity, Anonymity), Message("The anonymity level must be an Anonymity."))
        _require(
            isinstance(self.expires_on, date) and not isinstance(self.expires_on, datetime),
            Message("The expiry must be a date."),
        )
        for name in ("review_before_publication", "risk_flag", "has_conditions"):
            _require(isinstance(getattr(self, name), bool), Message("'{name}' must be true or false.", name=name))

    def to_dict(self) -> dict[str, Any]:
        return {
            "uses": {use.value: use in self.uses for use in Use},
            "anonymity": self.anonymity.value,
            "media": {medium.value: medium in self.media for medium in Media},
            "expires_on": self.expires_on.isoformat(),
            "review_before_publication": self.review_before_publication,
            "risk_flag": self.risk_flag,
            "has_conditions": self.has_conditions,
        }

    @classmethod
    def read(cls, reader: Reader) -> ConsentTerms:
        terms = cls(
            uses=reader.yes_no_table("uses", Use, "use"),
            anonymity=reader.choice("anonymity", Anonymity, "anonymity level"),
            media=reader.yes_no_table("media", Media, "medium"),
            expires_on=reader.day("expires_on"),
            review_before_publication=reader.flag("review_before_publication"),
            risk_flag=reader.flag("risk_flag"),
            has_conditions=reader.flag("has_conditions"),
        )
        reader.finish()
        return terms


@dataclass(frozen=True)
class EventIdentity:
    """The identity-tier part of an event: names and words that may identify someone.

    For a grant: who consented (`consenter_relation` is 'self' for the survivor, or e.g.
    'mother' or 'legal guardian'), who took it, the witness and interpreter, how the minor
    gave assent, the survivor's conditions in their own words, risk details and the sealed
    scanned form. For a withdrawal: who asked (`consenter_name`), who recorded it
    (`taken_by`) and a `note`.
    """

    consenter_name: str = ""
    consenter_relation: str = ""
    taken_by: str = ""
    witness: str = ""
    interpreter_name: str = ""
    assent_note: str = ""
    conditions: str = ""
    risk_details: str = ""
    consent_form_media_id: str | None = None
    note: str = ""

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "consent_form_media_id":
                _require(value is None or isinstance(value, str), Message("The form id must be text."))
            else:
                _require(isinstance(value, str), Message("'{name}' must be text.", name=item.name))

    def to_dict(self) -> dict[str, Any]:
        return {item.name: getattr(self, item.name) for item in fields(self)}

    @classmethod
    def read(cls, reader: Reader) -> EventIdentity:
        """Read every field (all are always written); the caller finishes the reader."""
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name == "consent_form_media_id":
                values[item.name] = reader.optional_text(item.name)
            else:
                values[item.name] = reader.text(item.name)
        return cls(**values)


@dataclass(frozen=True)
class ConsentGrant:
    """Everything a consent form records: the input of a `granted` or `amended` event."""

    consented_on: date
    taking: ConsentTaking
    terms: ConsentTerms
    identity: EventIdentity

    def problems(self) -> list[str]:
        """Every rule this grant breaks, one plain sentence each (empty when acceptable)."""
        return _grant_problems(self)

    def validated(self) -> ConsentGrant:
        """Return self, or raise InvalidInput naming every problem."""
        found = self.problems()
        if found:
            raise InvalidInput(
                Message(
                    "This consent cannot be recorded: {problems}",
                    problems=joined(found),
                )
            )
        return self

    @classmethod
    def from_dict(cls, data: object) -> ConsentGrant:
        """Read a consent form given as a flat JSON object (the `--json FILE` input).

        Unknown keys are refused. `uses` and `media` must answer every identifier with
        true or false. `expires_on` defaults to three years after `consented_on`.
        The result is validated: see `problems()`.
        """
        reader = Reader(data, "consent form")
        consented_on = reader.day("consented_on")
        taking = ConsentTaking(
            method=reader.choice("method", Method, "consent method"),
            language=reader.text("language"),
            interpreter_used=reader.flag("interpreter_used", False),
            is_minor=reader.flag("is_minor", False),
            guardian_granted=reader.flag("guardian_granted", False),
            minor_assent=reader.flag("minor_assent", False),
        )
        identity = EventIdentity(
            consenter_name=reader.text("consenter_name"),
            consenter_relation=reader.text("consenter_relation", "self"),
            taken_by=reader.text("taken_by"),
            witness=reader.text("witness", ""),
            interpreter_name=reader.text("interpreter_name", ""),
            assent_note=reader.text("assent_note", ""),
            conditions=reader.text("conditions", ""),
            risk_details=reader.text("risk_details", ""),
            consent_form_media_id=reader.optional_text("consent_form_media_id"),
        )
        terms = ConsentTerms(
            uses=reader.yes_no_table("uses", Use, "use"),
            anonymity=reader.choice("anonymity", Anonymity, "anonymity level"),
            media=reader.yes_no_table("media", Media, "medium"),
            expires_on=reader.day("expires_on", None) or default_expiry(consented_on),
            review_before_publication=reader.flag("review_before_publication"),
            risk_flag=reader.flag("risk_flag", False),
            has_conditions=bool(identity.conditions.strip()),
        )
        reader.finish()
        return cls(consented_on, taking, terms, identity).validated()


def _grant_problems(grant: ConsentGrant) -> list[str]:
    return _who_problems(grant) + _minor_problems(grant) + _terms_problems(grant)


def _who_problems(grant: ConsentGrant) -> list[str]:
    taking, who = grant.taking, grant.identity
    found = []
    if not who.consenter_name.strip():
        found.append(
            Message(
                "A minor's grant needs the parent's or guardian's name as the consenter.",
            )
            if taking.is_minor
            else Message("Say who consented: the consenter's name is missing.")
        )
    if not who.taken_by.strip():
        found.append(Message("Say who took the consent: the staff member's name is missing."))
    if taking.interpreter_used and not who.interpreter_name.strip():
        found.append(Message("An interpreter was used: give the interpreter's name."))
    if who.interpreter_name.strip() and not taking.interpreter_used:
        found.append(Message("An interpreter is named but 'interpreter_used' is false."))
    if taking.guardian_granted and who.consenter_relation.strip() in ("", "self"):
        found.append(Message(
            "A guardian granted this consent: say how they are related to the survivor.",
        ))
    return found


def _minor_problems(grant: ConsentGrant) -> list[str]:
    taking, terms = grant.taking, grant.terms
    if not taking.is_minor:
        return (
            [Message(
                "Assent is recorded only for a minor; set 'is_minor' or drop the assent.",
            )]
            if (taking.minor_assent)
            else []
        )
    found = []
    if not taking.guardian_granted:
        found.append(Message("A minor's consent must be granted by a parent or guardian."))
    if not taking.minor_assent:
        found.append(Message(
            "A minor's own assent must be recorded as well as the guardian's consent.",
        ))
    if Use.NAMED_PUBLICATION in terms.uses or terms.anonymity is Anonymity.FULL_NAME:
        found.append(Message("A minor is never published under their full name."))
    if Media.PHOTO_VISIBLE_FACE in terms.media:
        found.append(Message(
            "A minor's face is never shown: photos showing the face cannot be allowed.",
        ))
    return found


def _terms_problems(grant: ConsentGrant) -> list[str]:
    terms, who = grant.terms, grant.identity
    found = []
    latest = date(date.today().year + PLAUSIBLE_YEARS_AHEAD, 12, 31)
    for day in (grant.consented_on, terms.expires_on):
        if not date(EARLIEST_CONSENT_YEAR, 1, 1) <= day <= latest:
            found.append(Message(
                "Consent dates must lie between {earliest} and {latest}; {day} is not a plausible date.",
                earliest=EARLIEST_CONSENT_YEAR, latest=latest.year, day=day.isoformat(),
            ))
    if terms.expires_on <= grant.consented_on:
        found.append(Message("The expiry date must come after the date consent was given."))
    if Use.NAMED_PUBLICATION in terms.uses and terms.anonymity is not Anonymity.FULL_NAME:
        found.append(
            Message(
                "Named publication was allowed, but the survivor asked for {label}; choose "
                "one.",
                label=label(terms.anonymity),
            )
        )
    if who.risk_details.strip() and not terms.risk_flag:
        found.append(Message("Risk details were given but the risk flag is not set."))
    if terms.has_conditions != bool(who.conditions.strip()):
        found.append(Message(
            "'has_conditions' must say whether the survivor's conditions are written.",
        ))
    return found


_SHAPES: dict[EventKind, frozenset[str]] = {
    EventKind.GRANTED: frozenset({"taking", "terms"}),
    EventKind.AMENDED: frozenset({"taking", "terms"}),
    EventKind.RENEWED: frozenset({"taking", "renewed_until"}),
    EventKind.PARTLY_WITHDRAWN: frozenset({"withdrawn"}),
    EventKind.WITHDRAWN: frozenset(),
    EventKind.EXPIRED: frozenset(),
}


def _now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ConsentEvent:
    """One entry of a testimony's consent history; never edited once recorded.

    `effective_on` is the day the event takes effect; `recorded_at` is when it was entered
    (timezone-aware). Which optional parts are set depends on `kind`:
    granted/amended carry `taking` and `terms` (amended states the complete new terms);
    renewed carries `taking` and `renewed_until`; partly_withdrawn names `withdrawn_uses`
    and/or `withdrawn_media`; withdrawn and expired carry nothing more. `identity` is None
    when the event was loaded without the identity tier. Build events with the class
    methods `granted`, `amended`, `renewed`, `partly_withdrawn`, `withdrawn`, `expired`.
    """

    kind: EventKind
    effective_on: date
    recorded_at: datetime = field(default_factory=_now)
    event_id: str = field(default_factory=_new_id)
    taking: ConsentTaking | None = None
    terms: ConsentTerms | None = None
    renewed_until: date | None = None
    withdrawn_uses: frozenset[Use] = frozenset()
    withdrawn_media: frozenset[Media] = frozenset()
    identity: EventIdentity | None = None

    def __post_init__(self) -> None:
        _require(isinstance(self.kind, EventKind), Message("The event kind must be an EventKind."))
        _require(
            isinstance(self.effective_on, date) and not isinstance(self.effective_on, datetime),
            Message("The date an event takes effect must be a date."),
        )
        _require(
            isinstance(self.recorded_at, datetime) and self.recorded_at.tzinfo is not None,
            Message(
                "The time an event was recorded must be a datetime with a time zone.",
            ),
        )
        _require(isinstance(self.event_id, str) and bool(self.event_id), Message("Events need an id."))
        _require_members(self.withdrawn_uses, Use, "The withdrawn uses")
        _require_members(self.withdrawn_media, Media, "The withdrawn media")
        _require(
            self.identity is None or isinstance(self.identity, EventIdentity),
            Message("The identity part must be an EventIdentity."),
        )
        self._check_shape()

    def _check_shape(self) -> None:
        present = {
            "taking": self.taking is not None,
            "terms": self.terms is not None,
            "renewed_until": self.renewed_until is not None,
            "withdrawn": bool(self.withdrawn_uses or self.withdrawn_media),
        }
        expected = _SHAPES[self.kind]
        wrong = sorted(part for part, here in present.items() if here != (part in expected))
        _require(not wrong, Message(
            "A '{value}' event has the wrong parts: {wrong}.",
            value=self.kind.value,
            wrong=', '.join(wrong),
        ))
        _require(self.taking is None or isinstance(self.taking, ConsentTaking), Message("Bad taking."))
        _require(self.terms is None or isinstance(self.terms, ConsentTerms), Message("Bad terms."))
        _require(
            self.renewed_until is None or isinstance(self.renewed_until, date),
            Message("The renewal must run until a date."),
        )

    # -- constructors --------------------------------------------------------------------

    @classmethod
    def granted(cls, grant: ConsentGrant, **when: Any) -> ConsentEvent:
        """A new grant (validated). `when` may set `recorded_at` and `event_id`."""
        return cls._from_grant(EventKind.GRANTED, grant, when)

    @classmethod
    def amended(cls, grant: ConsentGrant, **when: Any) -> ConsentEvent:
        """New complete terms replacing those in force (validated); clears earlier partial
        withdrawals, so the form must leave withdrawn uses answered "no"."""
        return cls._from_grant(EventKind.AMENDED, grant, when)

    @classmethod
    def _from_grant(cls, kind: EventKind, grant: ConsentGrant, when: dict) -> ConsentEvent:
        grant.validated()
        return cls(
            kind=kind,
            effective_on=grant.consented_on,
            taking=grant.taking,
            terms=grant.terms,
            identity=grant.identity,
            **when,
        )

    @classmethod
    def renewed(
        cls, on: date, until: date, taking: ConsentTaking, identity: EventIdentity, **when: Any
    ) -> ConsentEvent:
        """The survivor agreed to keep the same terms until `until`."""
        _require(until > on, Message("A renewal must run until a date after the renewal."))
        _require(bool(identity.taken_by.strip()), Message("Say who took the renewal."))
        return cls(
            kind=EventKind.RENEWED,
            effective_on=on,
            taking=taking,
            renewed_until=until,
            identity=identity,
            **when,
        )

    @classmethod
    def partly_withdrawn(
        cls,
        on: date,
        uses: frozenset[Use] | set[Use] = frozenset(),
        media: frozenset[Media] | set[Media] = frozenset(),
        identity: EventIdentity | None = None,
        **when: Any,
    ) -> ConsentEvent:
        """The survivor withdrew consent for the named uses and/or media only."""
        _require(bool(uses or media), Message("Name at least one use or medium that is withdrawn."))
        return cls(
            kind=EventKind.PARTLY_WITHDRAWN,
            effective_on=on,
            withdrawn_uses=frozenset(uses),
            withdrawn_media=frozenset(media),
            identity=identity or EventIdentity(),
            **when,
        )

    @classmethod
    def withdrawn(
        cls, on: date, identity: EventIdentity | None = None, **when: Any
    ) -> ConsentEvent:
        """The survivor withdrew all consent."""
        return cls(EventKind.WITHDRAWN, on, identity=identity or EventIdentity(), **when)

    @classmethod
    def expired(cls, on: date, **when: Any) -> ConsentEvent:
        """The consent ran out (recorded by a sweep so the history shows it)."""
        return cls(EventKind.EXPIRED, on, identity=EventIdentity(), **when)

    # -- JSON -----------------------------------------------------------------------------

    def public_dict(self) -> dict[str, Any]:
        """The public part as a JSON-ready dict (no names, no free text)."""
        data: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "event_id": self.event_id,
            "kind": self.kind.value,
            "effective_on": self.effective_on.isoformat(),
            "recorded_at": self.recorded_at.isoformat(),
        }
        if self.taking is not None:
            data["taking"] = self.taking.to_dict()
        if self.terms is not None:
            data["terms"] = self.terms.to_dict()
        if self.renewed_until is not None:
            data["renewed_until"] = self.renewed_until.isoformat()
        if self.kind is EventKind.PARTLY_WITHDRAWN:
            data["withdrawn_uses"] = sorted(use.value for use in self.withdrawn_uses)
            data["withdrawn_media"] = sorted(medium.value for medium in self.withdrawn_media)
        return data

    def public_json(self) -> str:
        """The public part as canonical JSON text, for the public tier."""
        return dump(self.public_dict())

    def identity_json(self) -> str:
        """The identity part as canonical JSON text, for the identity tier.

        Raises InvalidInput when this event was loaded without its identity part.
        """
        _require(self.identity is not None, Message("This event was loaded without its identity part."))
        return dump(
            {"schema": SCHEMA_VERSION, "event_id": self.event_id, **self.identity.to_dict()}
        )

    @classmethod
    def from_json(cls, public: str, identity: str | None = None) -> ConsentEvent:
        """Read an event back strictly; `identity` is None in a session without that tier."""
        reader = Reader(
            load_object(public, "public part of a consent event"), "public part of a consent event"
        )
        _check_schema(reader)
        event = cls._read_public(reader)
        if identity is None:
            return event
        both = replace(event, identity=_read_identity(identity, event.event_id))
        _check_parts_agree(both)
        return both

    @classmethod
    def _read_public(cls, reader: Reader) -> ConsentEvent:
        event_id = reader.text("event_id")
        kind = reader.choice("kind", EventKind, "consent event kind")
        values: dict[str, Any] = {
            "kind": kind,
            "event_id": event_id,
            "effective_on": reader.day("effective_on"),
            "recorded_at": reader.timestamp("recorded_at"),
        }
        shape = _SHAPES[kind]
        if "taking" in shape:
            values["taking"] = ConsentTaking.read(reader.nested("taking", "consent taking"))
        if "terms" in shape:
            values["terms"] = ConsentTerms.read(reader.nested("terms", "consent terms"))
        if "renewed_until" in shape:
            values["renewed_until"] = reader.day("renewed_until")
        if "withdrawn" in shape:
            values["withdrawn_uses"] = reader.choices("withdrawn_uses", Use, "use")
            values["withdrawn_media"] = reader.choices("withdrawn_media", Media, "medium")
        reader.finish()
        return cls(**values)


def _check_schema(reader: Reader) -> None:
    version = reader._take("schema", None)
    if version != SCHEMA_VERSION:
        raise InvalidInput(
            Message(
                "This consent record was written by a different version of the archive; "
                "update the app to read it.",
            )
        )


def _check_parts_agree(event: ConsentEvent) -> None:
    terms, who = event.terms, event.identity
    if terms is None or who is None:
        return
    if terms.has_conditions != bool(who.conditions.strip()) or (
        who.risk_details.strip() and not terms.risk_flag
    ):
        raise InvalidInput(
            Message(
                "The public and identity parts of a consent event disagree about the "
                "survivor's conditions or risk; the record may have been altered.",
            )
        )


def _read_identity(text: str, event_id: str) -> EventIdentity:
    where = "identity part of a consent event"
    reader = Reader(load_object(text, where), where)
    _check_schema(reader)
    if reader.text("event_id") != event_id:
        raise InvalidInput(Message(
            "The identity part of a consent event belongs to another event.",
        ))
    identity = EventIdentity.read(reader)
    reader.finish()
    return identity
