"""People named in testimonies: identity fields (identity tier) and a de-identified profile."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from haart_archive.context import Context
from haart_archive.errors import NotFound
from haart_archive.messages import Message
from haart_archive.store.models import Person, TestimonyPerson, new_id, utc_now
from haart_archive.types.people import LinkedPerson, PersonIdentity, PersonProfile


class People:
    """Create people and read who is linked to a testimony."""

    def __init__(self, context: Context):
        self._ctx = context

    def create(self, session: Session, identity: PersonIdentity, profile: PersonProfile | None = None) -> Person:
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

    def linked(self, testimony_id: str, *, with_identity: bool, session: Session | None=None) -> list[LinkedPerson]:
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
