"""Carry out a planned import: all of it, or none of it.

The choice: an import is all-or-nothing as a whole. Each testimony is stored through the
testimonies and media services (so it is validated, sealed, audited and indexed like any
other, the index updates batched by the facade's `bulk`), the ids created
are tracked, and on cancel or on any failure every testimony created so far is removed
again, with the people and the media files it brought in. A user who cancels an import
of 200 rows at row 150 finds the archive as it was, and can run the same import again
without making duplicates. One database transaction could not hold it: media are sealed
into blob files beside the database, and each service commits its own work.

Across a crash too: before each testimony is stored, its id is written to an import journal
(a sealed setting, committed first). A process killed mid-import leaves the journal behind,
and the next unlock by a role that may delete testimonies removes what it lists, so the
archive is as before the import. A finished import clears the journal and remembers a
fingerprint of each imported testimony, so importing the same source again is refused
instead of making duplicates. The audit log records each addition and each removal.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import select

from haart_archive.context import Context
from haart_archive.errors import ArchiveError, InvalidInput
from haart_archive.importing.model import ImportPlan, ImportResult
from haart_archive.messages import Message
from haart_archive.roles import may
from haart_archive.services.media import MediaLibrary
from haart_archive.services.testimonies import Testimonies
from haart_archive.store.models import Setting, Testimony, new_id
from haart_archive.tasks import CancelCheck, Progress, stop_if_cancelled

log = logging.getLogger(__name__)
JOURNAL = "import.journal"
FINGERPRINTS = "import.fingerprints"


class Imports:
    """Carries out planned imports through the testimonies and media services."""

    def __init__(self, context: Context, testimonies: Testimonies, media: MediaLibrary,
                 bulk: Callable[[], AbstractContextManager]):
        self._ctx = context
        self._testimonies = testimonies
        self._media = media
        self._bulk = bulk

    def run(self, plan: ImportPlan, *, progress: Progress | None = None,
            cancelled: CancelCheck | None = None) -> ImportResult:
        """Create every testimony of the plan with its attachments, or, on cancel or failure,
        none: raises Cancelled (or the failure) after removing what it had created."""
        self._ctx.require("add or change testimonies")
        self._ctx.require("add media")
        report = progress or (lambda _done, _total: None)
        self._refuse_reimport(plan)
        created: list[str] = []
        media: list[str] = []
        total = plan.steps
        done = 0
        with self._bulk():
            try:
                report(0, total)
                for item in plan.testimonies:
                    _check(cancelled)
                    testimony_id = new_id()
                    self._journal(created + [testimony_id])
                    self._testimonies.add(item.draft, testimony_id=testimony_id)
                    created.append(testimony_id)
                    done += 1
                    report(done, total)
                    for path in item.attachments:
                        _check(cancelled)
                        media.append(self._media.add(testimony_id, path, file_name=path.name))
                        done += 1
                        report(done, total)
                _check(cancelled)
                self._finish(plan, created)
            except BaseException:
                self.undo(created)
                self._journal([])
                raise
        return ImportResult(
            testimony_ids=tuple(created), media_ids=tuple(media), skipped=plan.problems,
            missing=plan.missing, source_files=tuple(plan.source_files()),
        )

    # -- the journal and the fingerprints ------------------------------------------------------
    def _journal(self, testimony_ids: list[str]) -> None:
        with self._ctx.transaction() as session:
            row = session.get(Setting, JOURNAL)
            if not testimony_ids:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                row = Setting(id=JOURNAL)
                session.add(row)
            self._ctx.sealer.seal_json(row, "value_sealed", testimony_ids)

    def _finish(self, plan: ImportPlan, created: list[str]) -> None:
        with self._ctx.transaction() as session:
            row = session.get(Setting, FINGERPRINTS)
            known = self._ctx.sealer.open_json(row, "value_sealed") if row is not None else {}
            for item, testimony_id in zip(plan.testimonies, created, strict=True):
                known[_fingerprint(item.draft)] = testimony_id
            if row is None:
                row = Setting(id=FINGERPRINTS)
                session.add(row)
            self._ctx.sealer.seal_json(row, "value_sealed", known)
            journal = session.get(Setting, JOURNAL)
            if journal is not None:
                session.delete(journal)
            self._ctx.audit.record(session, "import finished", detail={"testimonies": len(created)})

    def _refuse_reimport(self, plan: ImportPlan) -> None:
        with self._ctx.read() as session:
            row = session.get(Setting, FINGERPRINTS)
            known = self._ctx.sealer.open_json(row, "value_sealed") if row is not None else {}
            wanted = {known[f] for f in (_fingerprint(item.draft) for item in plan.testimonies) if f in known}
            existing = session.scalars(select(Testimony.id).where(Testimony.id.in_(wanted))).all() if wanted else []
        if existing:
            raise InvalidInput(Message(
                "{count} of these testimonies were imported before and are still in the archive; "
                "nothing was imported. Remove them from the source (or delete the earlier ones) first.",
                count=len(existing),
            ))

    def undo(self, testimony_ids: list[str]) -> None:
        """Remove testimonies an import created; deleting a testimony also removes its media
        files and the people no other testimony names, which are exactly what the import made."""
        failures = 0
        for testimony_id in reversed(testimony_ids):
            try:
                self._testimonies.delete(testimony_id)
            except ArchiveError as error:
                failures += 1
                log.error("could not undo one imported testimony: %s", type(error).__name__)
        if failures:
            log.error("undoing the import left %d testimonies behind", failures)


def roll_back_interrupted_import(ctx: Context, testimonies: Testimonies) -> bool:
    """Remove what an import killed mid-way left (its journal lists it); True if there was
    one. Needs a role that may delete testimonies; others leave it for the next one."""
    if not may(ctx.user.role, "delete testimonies"):
        return False
    with ctx.read() as session:
        row = session.get(Setting, JOURNAL)
        testimony_ids = ctx.sealer.open_json(row, "value_sealed") if row is not None else []
    if not testimony_ids:
        return False
    with ctx.read() as session:
        present = set(session.scalars(select(Testimony.id).where(Testimony.id.in_(testimony_ids))).all())
    for testimony_id in reversed(testimony_ids):
        if testimony_id in present:
            testimonies.delete(testimony_id)
    with ctx.transaction() as session:
        journal = session.get(Setting, JOURNAL)
        if journal is not None:
            session.delete(journal)
        ctx.audit.record(session, "interrupted import rolled back", detail={"testimonies": len(present)})
    return True


def _fingerprint(draft) -> str:
    return hashlib.sha256(json.dumps([draft.title, draft.text], ensure_ascii=False).encode("utf-8")).hexdigest()


def _check(cancelled: CancelCheck | None) -> None:
    stop_if_cancelled(cancelled, Message("The import was cancelled; nothing was kept, and the archive is as it was."))
