"""Testimonies: intake, reading, listing, editing and deletion."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from haart_archive.context import Context
from haart_archive.errors import ArchiveError, DamagedFile, EditConflict, InvalidInput, NotFound, NotPermitted
from haart_archive.messages import Message
from haart_archive.services.people import People
from haart_archive.store.models import (
    MediaAsset,
    Person,
    Testimony,
    TestimonyPerson,
    new_id,
    utc_now,
)
from haart_archive.tasks import Progress
from haart_archive.types.testimonies import (
    CASE_FACTS,
    PersonInput,
    Tags,
    TestimonyDraft,
    TestimonyRecord,
    TestimonySummary,
)
from haart_archive.vault.keys import Tier


def _profile(draft: TestimonyDraft) -> dict:
    return {
        "language": draft.language,
        "county": draft.county,
        "told_on": draft.told_on.isoformat() if draft.told_on else "",
        "tags": draft.tags.to_dict(),
        "event_years": list(draft.event_years),
        **{name: getattr(draft, name) for name in CASE_FACTS},
    }


def _content(draft: TestimonyDraft) -> dict:
    return {"text": draft.text, "place_told": draft.place_told, "taken_by": draft.taken_by, "notes": draft.notes}


class Testimonies:
    """The testimonies of the archive, through the signed-in user's keys."""

    __test__ = False  # not a pytest test class

    def __init__(self, context: Context, people: People, on_change: Callable[[str, str], None] | None = None):
        self._ctx = context
        self._people = people
        self._on_change = on_change or (lambda _id, _kind: None)

    # -- writing ----------------------------------------------------------------------------
    def add(self, draft: TestimonyDraft, *, testimony_id: str | None = None) -> str:
        """Store a new testimony with its people; returns its id (given by an import, which
        journals the id before the testimony exists)."""
        return self.add_many([draft], testimony_ids=[testimony_id] if testimony_id else None)[0]

    def add_many(self, drafts: list[TestimonyDraft], progress: Progress | None = None,
                 testimony_ids: list[str] | None = None) -> list[str]:
        """Store testimonies in one transaction: all of them or, on any error, none."""
        self._ctx.require("add or change testimonies")
        for draft in drafts:
            draft.validate()
        ids = []
        given = testimony_ids or [new_id() for _ in drafts]
        with self._ctx.transaction() as session:
            for done, (draft, testimony_id) in enumerate(zip(drafts, given, strict=True), start=1):
                ids.append(self._insert(session, draft, testimony_id))
                if progress and done % 100 == 0:
                    progress(done, len(drafts))
        notify_after_commit(self._on_change, ids, "added")
        return ids

    def _insert(self, session: Session, draft: TestimonyDraft, testimony_id: str) -> str:
        testimony = Testimony(id=testimony_id, revision=1, created_by=self._ctx.user_row_id)
        self._seal(testimony, draft)
        session.add(testimony)
        session.flush()
        self._link_people(session, testimony.id, draft.people)
        self._ctx.audit.record(session, "testimony added", "testimony", testimony.id)
        return testimony.id

    def update(self, testimony_id: str, draft: TestimonyDraft, expected_revision: int | None = None) -> int:
        """Save changes; refuses if someone saved a newer revision meanwhile. Returns the
        new revision. Redacted versions made from older revisions become stale."""
        self._ctx.require("add or change testimonies")
        draft.validate()
        with self._ctx.transaction() as session:
            # On a server the transaction holds the archive's write lock by now, so the
            # revision read here is the newest: the check cannot race another save.
            testimony = self._get_row(session, testimony_id)
            if expected_revision is not None and testimony.revision != expected_revision:
                raise self._conflict(testimony, draft, expected_revision)
            self._seal(testimony, draft)
            testimony.revision += 1
            testimony.updated_at = utc_now()
            if draft.people:
                session.execute(delete(TestimonyPerson).where(TestimonyPerson.testimony_id == testimony_id))
                self._link_people(session, testimony_id, draft.people)
            self._ctx.audit.record(
                session, "testimony changed", "testimony", testimony_id, {"revision": testimony.revision}
            )
            revision = testimony.revision
        self._on_change(testimony_id, "changed")
        return revision

    def delete(self, testimony_id: str) -> None:
        """Delete a testimony with everything that belongs to it alone: its consent history,
        redacted versions, media (rows and sealed files) and the people no other testimony
        names. The publication register keeps its own record of what was released."""
        self._ctx.require("delete testimonies")
        with self._ctx.transaction() as session:
            testimony = self._get_row(session, testimony_id)
            blob_names = list(
                session.scalars(select(MediaAsset.blob_name).where(MediaAsset.testimony_id == testimony_id))
            )
            person_ids = list(
                session.scalars(select(TestimonyPerson.person_id).where(TestimonyPerson.testimony_id == testimony_id))
            )
            session.execute(
                delete(MediaAsset).where(MediaAsset.testimony_id == testimony_id, MediaAsset.derived_from.is_not(None))
            )
            session.delete(testimony)
            session.flush()
            for person_id in person_ids:
                if (
                    session.scalars(select(TestimonyPerson.id).where(TestimonyPerson.person_id == person_id)).first()
                    is None
                ):
                    session.execute(delete(Person).where(Person.id == person_id))
                    self._ctx.audit.record(
                        session, "person deleted", "person", person_id, {"reason": "testimony deleted"}
                    )
            self._ctx.audit.record(session, "testimony deleted", "testimony", testimony_id)
        for name in blob_names:  # after the commit: a crash here leaves only unreadable ciphertext
            with suppress(NotFound):
                self._ctx.blobs.delete(name)
        self._on_change(testimony_id, "deleted")

    def _conflict(self, testimony: Testimony, draft: TestimonyDraft, expected: int) -> EditConflict:
        """Someone saved a newer revision: say which fields now differ from this draft (names,
        never values) so the user can look before saving again. Nothing is merged."""
        changed = []
        if self._ctx.can_read(Tier.STORY):
            stored = self._record(testimony)
            fields = ("title", "text", "language", "county", "place_told", "taken_by", "notes", "tags")
            changed = [name for name in fields if getattr(stored, name) != getattr(draft, name)]
            if (stored.told_on or "") != (draft.told_on.isoformat() if draft.told_on else ""):
                changed.append("told_on")
        return EditConflict(
            Message(
                "Someone else saved this testimony (now revision {current}) after you opened revision "
                "{expected}; nothing of yours was saved. Fields that differ from yours: {fields}. Open it "
                "again to see the newer text, then make your change again.",
                current=testimony.revision, expected=expected,
                fields=", ".join(changed) if changed else Message("none"),
            ),
            current_revision=testimony.revision,
            changed=tuple(changed),
        )

    # -- reading ----------------------------------------------------------------------------
    def list(self) -> list[TestimonySummary]:
        """Every testimony, newest first; titles only where the user holds the story key."""
        return self._summaries(None)

    def summary(self, testimony_id: str) -> TestimonySummary:
        """One row of the list (after a save, without reloading the whole list)."""
        found = self._summaries(testimony_id)
        if not found:
            raise NotFound(Message(
                "There is no testimony with id {testimony_id}.",
                testimony_id=testimony_id,
            ))
        return found[0]

    def _summaries(self, only_id: str | None) -> list[TestimonySummary]:
        query = select(
            Testimony.id, Testimony.title_sealed, Testimony.profile_sealed, Testimony.revision,
            Testimony.created_at, Testimony.updated_at,
        ).order_by(Testimony.created_at.desc())
        if only_id is not None:
            query = query.where(Testimony.id == only_id)
        with self._ctx.read() as session:
            rows = session.execute(query).all()
            states = workflow_states(session, only_id)
        return [self._summary(row, states.get(row.id, "new")) for row in rows]

    def get(self, testimony_id: str, *, with_identities: bool = False) -> TestimonyRecord:
        """One testimony with its text (story key needed) and linked people."""
        if not self._ctx.can_read(Tier.STORY):
            raise NotPermitted(self._ctx.user.role.value, "read original testimonies")
        with self._ctx.read() as session:
            testimony = self._get_row(session, testimony_id)
            record = self._record(testimony)
        people = self._people.linked(testimony_id, with_identity=with_identities)
        return replace(record, people=tuple(people))

    def profile(self, testimony_id: str) -> dict:
        """The public-tier profile of a testimony (language, county, tags, dates)."""
        with self._ctx.read() as session:
            testimony = self._get_row(session, testimony_id)
            return self._ctx.sealer.open_json(testimony, "profile_sealed")

    def revision(self, testimony_id: str) -> int:
        with self._ctx.read() as session:
            return self._get_row(session, testimony_id).revision

    def ids(self) -> list[str]:
        with self._ctx.read() as session:
            return list(session.scalars(select(Testimony.id)))

    # -- helpers ----------------------------------------------------------------------------
    def _seal(self, testimony: Testimony, draft: TestimonyDraft) -> None:
        sealer = self._ctx.sealer
        sealer.seal_text(testimony, "title_sealed", draft.title.strip())
        sealer.seal_json(testimony, "content_sealed", _content(draft))
        sealer.seal_json(testimony, "profile_sealed", _profile(draft))

    def _link_people(self, session: Session, testimony_id: str, people: tuple[PersonInput, ...]) -> None:
        for person_input in people:
            person_id = person_input.person_id
            if person_id is None:
                if person_input.identity is None:
                    raise InvalidInput(Message("A new person needs at least a name."))
                person_id = self._people.create(session, person_input.identity, person_input.profile).id
            session.add(
                TestimonyPerson(id=new_id(), testimony_id=testimony_id, person_id=person_id, role=person_input.role)
            )

    def _get_row(self, session: Session, testimony_id: str) -> Testimony:
        testimony = session.get(Testimony, testimony_id)
        if testimony is None:
            raise NotFound(Message(
                "There is no testimony with id {testimony_id}.",
                testimony_id=testimony_id,
            ))
        return testimony

    def _summary(self, row: Testimony, state: str) -> TestimonySummary:
        sealer = self._ctx.sealer
        title = None
        if self._ctx.can_read(Tier.STORY):
            title = sealer.open_column(Testimony, "title_sealed", row.id, row.title_sealed).decode("utf-8")
        profile = json.loads(sealer.open_column(Testimony, "profile_sealed", row.id, row.profile_sealed))
        return TestimonySummary(
            id=row.id,
            title=title,
            language=profile["language"],
            county=profile["county"],
            told_on=profile["told_on"],
            tags=Tags(**{k: tuple(v) for k, v in profile["tags"].items()}),
            revision=row.revision,
            created_at=row.created_at,
            updated_at=row.updated_at,
            state=state,
            **_case_facts(profile),
        )

    def _record(self, testimony: Testimony) -> TestimonyRecord:
        sealer = self._ctx.sealer
        content = sealer.open_json(testimony, "content_sealed")
        profile = sealer.open_json(testimony, "profile_sealed")
        return TestimonyRecord(
            id=testimony.id,
            title=sealer.open_text(testimony, "title_sealed"),
            text=content["text"],
            language=profile["language"],
            county=profile["county"],
            told_on=profile["told_on"],
            place_told=content["place_told"],
            taken_by=content["taken_by"],
            notes=content["notes"],
            tags=Tags(**{k: tuple(v) for k, v in profile["tags"].items()}),
            event_years=tuple(profile.get("event_years", ())),
            revision=testimony.revision,
            created_at=testimony.created_at,
            updated_at=testimony.updated_at,
            **_case_facts(profile),
        )


def _case_facts(profile: dict) -> dict[str, str]:
    """The case facts of a stored profile; profiles written before they existed have none."""
    return {name: profile.get(name, "") for name in CASE_FACTS}


def workflow_states(session: Session, only_id: str | None = None) -> dict[str, str]:
    """Where each testimony stands, from plain columns only (no decryption):
    published > approved (a current approved version) > in_redaction (a current draft) >
    stale (only versions of an older text) > new."""
    from haart_archive.store.models import Publication, PublicationUse, RedactedVersion

    revisions = select(Testimony.id, Testimony.revision)
    versions = select(RedactedVersion.testimony_id, RedactedVersion.state, RedactedVersion.source_revision)
    published = (
        select(PublicationUse.testimony_id)
        .join(Publication, Publication.id == PublicationUse.publication_id)
        .where(
            Publication.released_at.is_not(None), Publication.taken_down_at.is_(None), Publication.kind == "publication"
        )
    )
    if only_id is not None:
        revisions = revisions.where(Testimony.id == only_id)
        versions = versions.where(RedactedVersion.testimony_id == only_id)
        published = published.where(PublicationUse.testimony_id == only_id)
    current = dict(session.execute(revisions).all())
    rank = {"new": 0, "stale": 1, "in_redaction": 2, "approved": 3, "published": 4}
    states: dict[str, str] = {}

    def raise_to(testimony_id: str, state: str) -> None:
        if rank[state] > rank[states.get(testimony_id, "new")]:
            states[testimony_id] = state

    for testimony_id, state, source_revision in session.execute(versions).all():
        if source_revision != current.get(testimony_id):
            raise_to(testimony_id, "stale")
        else:
            raise_to(testimony_id, "approved" if state == "approved" else "in_redaction")
    for (testimony_id,) in session.execute(published).all():
        raise_to(testimony_id, "published")
    return states


def notify_after_commit(on_change: Callable[[str, str], None], ids: list[str], kind: str) -> None:
    """Tell the index and the UI about committed changes. A failure here must not say that
    nothing was changed: the records are stored; only the search index lags."""
    try:
        for record_id in ids:
            on_change(record_id, kind)
    except (ArchiveError, ValueError, OSError, KeyError) as error:
        logging.getLogger("haart_archive").warning("index update failed: %s", type(error).__name__)
        raise DamagedFile(Message(
            "The change was saved, but the search index could not be updated; run 'reindex' to rebuild it.",
        )) from None
