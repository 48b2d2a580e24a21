"""People values: who a testimony names, as identity (identity tier) and a de-identified profile."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
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
        if profile.birth_year is not None and (
            not isinstance(profile.birth_year, int) or not 1900 <= profile.birth_year <= 2100
        ):
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
