"""Carry out a planned import: all of it, or none of it.

The choice: an import is all-or-nothing as a whole. Each testimony is stored through the
testimonies and media services (so it is validated, sealed, audited and indexed like any
other, the index updates batched by the facade's `bulk`), the ids created
are tracked, and on cancel or on any failure every testimony created so far is removed
again, with the people and the media files it brought in. A user who cancels an import
of 200 rows at row 150 finds the archive as it was, and can run the same import again
without making duplicates. One database transaction could not hold it: media are sealed
into blob files beside the database, and each service commits its own work.

What stays: the audit log records each addition and each removal (it is append-only by
design), and a crash of the whole process mid-import (power cut) can leave the
testimonies added so far; they are ordinary, complete testimonies, listed in the audit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager

from haart_archive.context import Context
from haart_archive.errors import ArchiveError
from haart_archive.importing.model import ImportPlan, ImportResult
from haart_archive.messages import Message
from haart_archive.services.media import MediaLibrary
from haart_archive.services.testimonies import Testimonies
from haart_archive.tasks import CancelCheck, Progress, stop_if_cancelled

log = logging.getLogger(__name__)


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
        created: list[str] = []
        media: list[str] = []
        total = plan.steps
        done = 0
        with self._bulk():
            try:
                report(0, total)
                for item in plan.testimonies:
                    _check(cancelled)
                    testimony_id = self._testimonies.add(item.draft)
                    created.append(testimony_id)
                    done += 1
                    report(done, total)
                    for path in item.attachments:
                        _check(cancelled)
                        media.append(self._media.add(testimony_id, path, file_name=path.name))
                        done += 1
                        report(done, total)
                _check(cancelled)
            except BaseException:
                self.undo(created)
                raise
        return ImportResult(
            testimony_ids=tuple(created), media_ids=tuple(media), skipped=plan.problems,
            missing=plan.missing, source_files=tuple(plan.source_files()),
        )

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


def _check(cancelled: CancelCheck | None) -> None:
    stop_if_cancelled(cancelled, Message("The import was cancelled; nothing was kept, and the archive is as it was."))
