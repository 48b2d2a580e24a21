"""People named in testimonies: identity fields (identity tier) and a de-identified profile."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import select

from haart_archive.context import Context
from haart_archive.errors import InvalidInput, NotFound
from haart_archive.messages import Message
from haart_archive.store.models import Person, TestimonyPerson, new_id, utc_now
from haart_archive.vocabulary import codes

GENDERS = ("female", "male", "other", "unknown")


@dataclass(frozen=True)
class PersonIdentity:
    """What identifies a person; sealed in the identity tier, read only by editors and
    custodians, and every read is audited."""

    legal_name: str
    aliases: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    id_numbers: tuple[str, ...] = ()
    home_village: str = ""
    places: tuple[str, ...] = ()
    date_of_birth: str = ""
    guardian: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @staticmethod
    def from_dict(data: dict) -> PersonIdentity:
        allowed = set(PersonIdentity.__dataclass_fields__)
        unknown = set(data) - allowed
        if unknown:
            raise InvalidInput(Message(
                "Unknown person field(s): {unknown}.",
                unknown=', '.join(sorted(unknown)),
            ))
        values = {}
        for key, value in data.items():
            if isinstance(PersonIdentity.__dataclass_fields__[key].default, tuple):
                if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                    raise InvalidInput(Message(
                        "A person's '{key}' must be a list of text.",
                        key=key,
                    ))
                values[key] = tuple(value)
            elif not isinstance(value, str):
                raise InvalidInput(Message("A person's '{key}' must be text.", key=key))
            else:
                values[key] = value
        if not values.get("legal_name", "").strip():
            raise InvalidInput(Message("A person needs a name (legal_name)."))
        return PersonIdentity(**values)

    def known_strings(self) -> list[str]:
        """Every string that identifies this person, for detection and the leak check."""
        strings = [self.legal_name, *self.aliases, *self.phones, *self.emails, *self.id_numbers]
        strings += [self.home_village, *self.places, self.guardian]
        return [s for s in strings if s and s.strip()]


@dataclass(frozen=True)
class PersonProfile:
    """De-identified facts (public tier) for statistics and partner exports."""

    gender: str = "unknown"
    birth_year: int | None = None
    citizenship: str = "KE"

    def to_dict(self) -> dict:
        return asdict(self)

    @staticmethod
    def from_dict(data: dict) -> PersonProfile:
        profile = PersonProfile(**{k: v for k, v in data.items() if k in PersonProfile.__dataclass_fields__})
        if profile.birth_year is not None and (not isinstance(profile.birth_year, int) or not 1900 <= profile.birth_year <= 2100):
            raise InvalidInput(Message("A birth year must be a whole year such as 1998."))
        if not isinstance(profile.citizenship, str):
            raise InvalidInput(Message("Citizenship must be a two-letter country code such as KE."))
        if profile.gender not in GENDERS:
            raise InvalidInput(Message(
                "Gender must be one of: {genders}.",
                genders=', '.join(GENDERS),
            ))
        return profile


@dataclass(frozen=True)
class LinkedPerson:
    """A person's part in one testimony; `identity` is None for roles without the key."""

    person_id: str
    role: str
    profile: PersonProfile
    identity: PersonIdentity | None = field(default=None)


def check_role(role: str) -> str:
    if role not in codes("person_role"):
        raise InvalidInput(Message(
            "'{role}' is not a person's role; use one of: {codes}.",
            role=role,
            codes=', '.join(codes('person_role')),
        ))
    return role


class People:
    """Create people and read who is linked to a testimony."""

    def __init__(self, context: Context):
        self._ctx = context

    def create(self, session, identity: PersonIdentity, profile: PersonProfile | None = None) -> Person:  # noqa: ANN001
        self._ctx.require("add or change people")
        person = Person(id=new_id())
        self._ctx.sealer.seal_json(person, "identity_sealed", identity.to_dict())
        self._ctx.sealer.seal_json(person, "profile_sealed", (profile or PersonProfile()).to_dict())
        session.add(person)
        self._ctx.audit.record(session, "person added", "person", person.id)
        return person

    def update_identity(self, person_id: str, identity: PersonIdentity) -> None:
        self._ctx.require("add or change people")
        with self._ctx.transaction() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(Message("There is no such person in this archive."))
            self._ctx.sealer.seal_json(person, "identity_sealed", identity.to_dict())
            person.updated_at = utc_now()
            self._ctx.audit.record(session, "person changed", "person", person_id)

    def linked(self, testimony_id: str, *, with_identity: bool, session=None) -> list[LinkedPerson]:  # noqa: ANN001
        """People linked to a testimony. Reading identities is audited."""
        own = session is None
        session = session or self._ctx.read()
        try:
            rows = session.execute(
                select(TestimonyPerson, Person)
                .join(Person, Person.id == TestimonyPerson.person_id)
                .where(TestimonyPerson.testimony_id == testimony_id)
            ).all()
            people = [self._linked(link, person, with_identity) for link, person in rows]
        finally:
            if own:
                session.close()
        if with_identity and people and own:
            with self._ctx.transaction() as audit_session:
                self._ctx.audit.record(audit_session, "identities read", "testimony", testimony_id)
        return people

    def _linked(self, link: TestimonyPerson, person: Person, with_identity: bool) -> LinkedPerson:
        profile = PersonProfile.from_dict(self._ctx.sealer.open_json(person, "profile_sealed"))
        identity = None
        if with_identity:
            identity = PersonIdentity.from_dict(self._ctx.sealer.open_json(person, "identity_sealed"))
        return LinkedPerson(person.id, link.role, profile, identity)
