"""The redaction desk's core: suggestions, plans, redacted versions, leak check, approval.

A redacted version's text is sealed in the public tier; its plan and the testimony's alias
table are identity tier (they map pseudonyms back to people). A version records the
revision of the original it was made from and is stale when the original moves on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from haart_archive.context import Context
from haart_archive.errors import InvalidInput, NotFound, NotPermitted, PublicationRefused
from haart_archive.messages import Message
from haart_archive.redaction import (
    AliasTable,
    KnownPerson,
    LeakReport,
    RedactedText,
    RedactionPlan,
    Suggestion,
    apply_plan,
    default_plan,
    detect,
    leak_check,
)
from haart_archive.services.consent import ConsentRecords
from haart_archive.services.people import People
from haart_archive.services.testimonies import Testimonies
from haart_archive.store.models import AliasTable as AliasRow
from haart_archive.store.models import RedactedVersion, Testimony, new_id, utc_now
from haart_archive.types.people import LinkedPerson
from haart_archive.types.redaction import VersionRecord
from haart_archive.vault.keys import Tier

SECOND_APPROVAL_SETTING = "setting.second_approval"


def known_people(linked: list[LinkedPerson]) -> list[KnownPerson]:
    """The identity records of linked people, as the detector and leak check need them."""
    people = []
    for person in linked:
        if person.identity is None:
            continue
        identity = person.identity
        names = (identity.legal_name,) if identity.legal_name else ()
        places = tuple(p for p in (identity.home_village, *identity.places) if p)
        identifiers = (*identity.phones, *identity.emails, *identity.id_numbers)
        aliases = (*identity.aliases, *((identity.guardian,) if identity.guardian else ()))
        people.append(KnownPerson(person.role, names, tuple(aliases), places, tuple(identifiers), person.person_id))
    return people


def allowed_identifiers(anonymity: str, known: list[KnownPerson]) -> list[str]:
    """The leak check's allow-list: the known identifiers the consented anonymity lets appear
    (every name with full names, the survivor's first name with first names, else none)."""
    if anonymity == "full_name":
        return [name for person in known for name in person.names]
    if anonymity == "first_name":
        return [p.first_name() for p in known if p.role == "survivor" and p.first_name()]
    return []


class RedactionDesk:
    """Everything an editor does to make a testimony safe to leave the archive."""

    def __init__(
        self,
        context: Context,
        people: People,
        testimonies: Testimonies,
        consent: ConsentRecords,
        on_change: Callable[[str, str], None],
    ):
        self._ctx = context
        self._people = people
        self._testimonies = testimonies
        self._consent = consent
        self._on_change = on_change

    # -- suggestions and plans ------------------------------------------------------------
    def known(self, testimony_id: str) -> list[KnownPerson]:
        self._require_identity("see who is named in a testimony")
        return known_people(self._people.linked(testimony_id, with_identity=True))

    def suggest(self, testimony_id: str) -> list[Suggestion]:
        record = self._testimonies.get(testimony_id)
        return detect(record.text, self.known(testimony_id))

    def required_anonymity(self, testimony_id: str) -> str:
        """The anonymity level the current consent requires ('anonymous' when none)."""
        current = self._consent.current(testimony_id)
        terms = current.terms
        return terms.anonymity.value if terms is not None and current.in_force else "anonymous"

    def default_plan(self, testimony_id: str, anonymity: str | None = None) -> RedactionPlan:
        record = self._testimonies.get(testimony_id)
        known = self.known(testimony_id)
        level = anonymity or self.required_anonymity(testimony_id)
        return default_plan(record.text, detect(record.text, known), known, level, testimony_id)

    def preview(self, testimony_id: str, plan: RedactionPlan) -> RedactedText:
        """The redacted text a plan gives, without storing anything (aliases not saved)."""
        record = self._testimonies.get(testimony_id)
        aliases = AliasTable.from_json(self._aliases_json(testimony_id))
        return apply_plan(record.text, plan, aliases, self.known(testimony_id), self._aliases_elsewhere(testimony_id))

    # -- versions -------------------------------------------------------------------------
    def create_version(self, testimony_id: str, plan: RedactionPlan) -> str:
        """Apply a plan: store a new redacted version (a draft) and the alias table."""
        self._ctx.require("redact testimonies")
        record = self._testimonies.get(testimony_id)
        known = self.known(testimony_id)
        aliases = AliasTable.from_json(self._aliases_json(testimony_id))
        elsewhere = self._aliases_elsewhere(testimony_id)
        redacted = apply_plan(record.text, plan, aliases, known, elsewhere)
        title = self._redacted_title(record.title, plan.anonymity, known, aliases, elsewhere)
        reviewed = sorted(set(redacted.reviewed()) | set(plan.reviewed_strings()) | set(title.reviewed()))
        with self._ctx.transaction() as session:
            version = RedactedVersion(id=new_id(), testimony_id=testimony_id, source_revision=record.revision,
                                      created_by=self._ctx.user_row_id, state="draft")
            self._ctx.sealer.seal_json(version, "content_sealed", {
                "title": title.text, "text": redacted.text, "anonymity": plan.anonymity,
                "provenance": redacted.provenance,
            })
            self._ctx.sealer.seal_json(version, "plan_sealed", {"plan": plan.to_json(), "reviewed": reviewed})
            session.add(version)
            self._save_aliases(session, testimony_id, aliases)
            self._ctx.audit.record(
                session, "redacted version made", "redacted_version", version.id, {"testimony": testimony_id}
            )
        return version.id

    def versions(self, testimony_id: str) -> list[VersionRecord]:
        with self._ctx.read() as session:
            rows = session.scalars(select(RedactedVersion).where(RedactedVersion.testimony_id == testimony_id)
                                   .order_by(RedactedVersion.created_at)).all()
            revision = self._revision(session, testimony_id)
        return [self._record(row, revision) for row in rows]

    def version(self, version_id: str) -> VersionRecord:
        with self._ctx.read() as session:
            row = self._row(session, version_id)
            return self._record(row, self._revision(session, row.testimony_id))

    def approved_versions(self) -> list[VersionRecord]:
        """Every approved, current version: what communications staff may publish from."""
        with self._ctx.read() as session:
            rows = session.scalars(select(RedactedVersion).where(RedactedVersion.state == "approved")).all()
            revisions = dict(session.execute(select(Testimony.id, Testimony.revision)).all())
        return [self._record(row, revisions.get(row.testimony_id, -1)) for row in rows]

    def reviewed_strings(self, version_id: str) -> list[str]:
        self._require_identity("read a redaction plan")
        with self._ctx.read() as session:
            row = self._row(session, version_id)
            return list(self._ctx.sealer.open_json(row, "plan_sealed")["reviewed"])

    def testimony_reviewed(self, testimony_id: str) -> list[str]:
        """Every string an editor reviewed in any redacted version of a testimony. The image
        gate and the publication gate read a testimony's text and images with these same
        strings, so what was reviewed for its text is not refused in its image or caption."""
        self._require_identity("read a redaction plan")
        with self._ctx.read() as session:
            rows = session.scalars(select(RedactedVersion).where(RedactedVersion.testimony_id == testimony_id)).all()
            return sorted({text for row in rows for text in self._ctx.sealer.open_json(row, "plan_sealed")["reviewed"]})

    def text_context(self, testimony_id: str, anonymity: str | None = None) -> tuple[list[KnownPerson], list[str],
                                                                                     list[str]]:
        """What checking new text about a testimony needs: its known people, the strings
        reviewed for it, and the identifiers its anonymity lets appear (`anonymity`, else
        what its consent requires)."""
        known = self.known(testimony_id)
        level = anonymity or self.required_anonymity(testimony_id)
        return known, self.testimony_reviewed(testimony_id), allowed_identifiers(level, known)

    def mark_reviewed(self, version_id: str, text: str) -> None:
        """An editor marks a leak-check finding as a false positive (audited)."""
        self._ctx.require("approve redacted versions")
        with self._ctx.transaction() as session:
            row = self._row(session, version_id)
            plan = self._ctx.sealer.open_json(row, "plan_sealed")
            plan["reviewed"] = sorted(set(plan["reviewed"]) | {text})
            self._ctx.sealer.seal_json(row, "plan_sealed", plan)
            self._ctx.audit.record(session, "leak finding marked reviewed", "redacted_version", version_id)

    # -- leak check and approval ----------------------------------------------------------
    def leak_check(self, version_id: str, text: str | None = None) -> LeakReport:
        """Check a version's text (or `text`, e.g. extracted from a rendered PDF) for
        any identifier of anyone linked to the testimony."""
        version = self.version(version_id)
        known = self.known(version.testimony_id)
        target = version.title + "\n" + version.text if text is None else text
        return leak_check(
            target, known, self.reviewed_strings(version_id), allowed_identifiers(version.anonymity, known)
        )

    def check_draft(self, text: str, known: list[KnownPerson], reviewed: list[str], anonymity: str) -> LeakReport:
        """The leak check on a text being redacted, before any version exists, with the same
        allow-list approval applies. It reads nothing from the archive, so it may run on a
        worker thread while the editor types."""
        return leak_check(text, known, reviewed, allowed_identifiers(anonymity, known))

    def approve(self, version_id: str) -> None:
        """Approve a version for publication: only when current and the leak check passes.
        With the second-approval setting on, a different editor must approve it again."""
        self._ctx.require("approve redacted versions")
        version = self.version(version_id)
        if version.stale:
            raise PublicationRefused(Message(
                "This redacted version is stale: the original changed after it was made. "
                "Redact it again.",
            ))
        if self._undecided_quasi_identifiers(version_id):
            raise PublicationRefused(Message(
                "A distinctive detail (quasi-identifier) in this version is still undecided; "
                "remove or keep it before approving.",
            ))
        report = self.leak_check(version_id)
        if not report.passed:
            raise PublicationRefused(
                Message("The leak check failed; this version cannot be approved."), [report.summary()]
            )
        second_needed = bool(self._setting(SECOND_APPROVAL_SETTING))
        with self._ctx.transaction() as session:
            row = self._row(session, version_id)
            if row.state == "approved" and (row.second_approved_by or row.approved_by == self._ctx.user_row_id):
                raise InvalidInput(Message("This version is already approved."))
            if row.state == "approved":
                second_needed = True  # a second editor's approval: the safety review of a risk flag
            if second_needed and row.approved_by is None:
                row.approved_by, row.state = self._ctx.user_row_id, "first_approval"
                action = "redacted version approved (first of two)"
            elif second_needed:
                if row.approved_by == self._ctx.user_row_id:
                    raise NotPermitted(
                        self._ctx.user.role.value, "give the second approval to a version they approved first"
                    )
                row.second_approved_by, row.state = self._ctx.user_row_id, "approved"
                action = "redacted version approved (second)"
            else:
                row.approved_by, row.state = self._ctx.user_row_id, "approved"
                action = "redacted version approved"
            row.approved_at = utc_now()
            state = row.state
            self._ctx.audit.record(session, action, "redacted_version", version_id)
        if state == "approved":
            self._on_change(version.testimony_id, "approved")

    def aliases(self, testimony_id: str) -> AliasTable:
        self._require_identity("see the alias table")
        return AliasTable.from_json(self._aliases_json(testimony_id))

    # -- helpers --------------------------------------------------------------------------
    def _redacted_title(
        self, title: str, anonymity: str, known: list[KnownPerson], aliases: AliasTable, elsewhere: set[str]
    ) -> RedactedText:
        plan = default_plan(title, detect(title, known), known, anonymity)
        for index, decision in enumerate(plan.decisions):
            if decision.status.value == "pending":
                plan.accept(index)
        return apply_plan(title, plan, aliases, known, elsewhere)

    def _undecided_quasi_identifiers(self, version_id: str) -> int:
        with self._ctx.read() as session:
            sealed = self._ctx.sealer.open_json(self._row(session, version_id), "plan_sealed")
        plan = RedactionPlan.from_json(sealed["plan"])
        return len(plan.undecided_quasi_identifiers())

    def _aliases_json(self, testimony_id: str) -> str:
        with self._ctx.read() as session:
            row = session.get(AliasRow, testimony_id)
            return AliasTable().to_json() if row is None else self._ctx.sealer.open_text(row, "aliases_sealed")

    def _aliases_elsewhere(self, testimony_id: str) -> set[str]:
        with self._ctx.read() as session:
            rows = session.scalars(select(AliasRow).where(AliasRow.id != testimony_id)).all()
            tables = [AliasTable.from_json(self._ctx.sealer.open_text(row, "aliases_sealed")) for row in rows]
        return {alias for table in tables for alias in table.aliases.values()}

    def _save_aliases(self, session: Session, testimony_id: str, aliases: AliasTable) -> None:
        row = session.get(AliasRow, testimony_id) or AliasRow(id=testimony_id)
        self._ctx.sealer.seal_text(row, "aliases_sealed", aliases.to_json())
        session.add(row)

    def _record(self, row: RedactedVersion, revision: int) -> VersionRecord:
        content = self._ctx.sealer.open_json(row, "content_sealed")
        return VersionRecord(
            id=row.id, testimony_id=row.testimony_id, title=content["title"], text=content["text"], state=row.state,
            stale=row.source_revision != revision, source_revision=row.source_revision,
            anonymity=content.get("anonymity", "anonymous"), created_at=row.created_at, created_by=row.created_by,
            approved_by=row.approved_by, approved_at=row.approved_at, second_approved_by=row.second_approved_by,
        )

    def _row(self, session: Session, version_id: str) -> RedactedVersion:
        row = session.get(RedactedVersion, version_id)
        if row is None:
            raise NotFound(Message(
                "There is no redacted version with id {version_id}.",
                version_id=version_id,
            ))
        return row

    def _revision(self, session: Session, testimony_id: str) -> int:
        testimony = session.get(Testimony, testimony_id)
        return testimony.revision if testimony is not None else -1

    def _setting(self, key: str) -> Any:
        from haart_archive.store.models import Setting

        with self._ctx.read() as session:
            row = session.get(Setting, key)
            return None if row is None else self._ctx.sealer.open_json(row, "value_sealed")

    def _require_identity(self, action: str) -> None:
        if not self._ctx.can_read(Tier.IDENTITY):
            raise NotPermitted(self._ctx.user.role.value, action)
