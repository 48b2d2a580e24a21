"""The one door to an archive: create it, open it, use its services, back it up, lock it.

    archive, recovery_key = Archive.create(path, "Amina", passphrase)
    archive = Archive.open(path, "Amina", passphrase)        # or open_by_passphrase(path, passphrase)
    archive.testimonies.add(draft)
    archive.lock()

The command line and the desktop app use only this module, `haart_archive.errors`,
`haart_archive.messages`, `haart_archive.tasks` and the values of `haart_archive.types`
(a test enforces it). Work that needs no archive (the identifier detector, planning an
import) is offered here as module functions. Every method is a short delegation: the
ceremonies live in `haart_archive.opening`, the work in `haart_archive.services`.
"""

from __future__ import annotations

import logging
import secrets
import shutil
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from haart_archive.audit import delay_after, failed_unlocks_since_success
from haart_archive.context import Context
from haart_archive.errors import ArchiveError, ArchiveLocked, DamagedFile, InvalidInput, NotPermitted
from haart_archive.fileutil import atomic_write_bytes
from haart_archive.importing import load_mapping
from haart_archive.importing import plan_import as _plan_import
from haart_archive.lockfile import ArchiveLock
from haart_archive.media.vision import detect_faces, read_text, text_in_reading_order
from haart_archive.messages import Message
from haart_archive.opening import (
    check_holds_archive,
    close_session,
    create_folder,
    holds_archive,
    unlock_folder,
)
from haart_archive.redaction import detect
from haart_archive.roles import Role
from haart_archive.screening import Screening, screen
from haart_archive.services import backup, home, integrity, public_text
from haart_archive.services.audit_view import audit_lines
from haart_archive.services.briefs import Briefs
from haart_archive.services.clearances import ClearanceQueue
from haart_archive.services.consent import ConsentRecords
from haart_archive.services.feed import FeedSearch
from haart_archive.services.importing import Imports, roll_back_interrupted_import
from haart_archive.services.media import MediaLibrary
from haart_archive.services.people import People
from haart_archive.services.publishing import Publishing
from haart_archive.services.redaction import RedactionDesk
from haart_archive.services.rotation import finish_interrupted_rotation
from haart_archive.services.search import (
    INDEX_FOLDER,
    SEARCHABLE_TIERS,
    SearchService,
    indexed_documents,
)
from haart_archive.services.settings import Settings
from haart_archive.services.statistics import Statistics
from haart_archive.services.testimonies import Testimonies
from haart_archive.services.users import Users
from haart_archive.statistics.charts import draw_chart
from haart_archive.tasks import CancelCheck, Progress
from haart_archive.team.connection import is_server_url
from haart_archive.team.move import MoveReport, move_archive, server_copy_context
from haart_archive.team.opening import (
    check_server_holds_archive,
    create_server,
    forget_server_anchor,
    server_holds_archive,
    unlock_server,
)
from haart_archive.team.opening import connect as connect_server
from haart_archive.team.setup import setup_roles
from haart_archive.types.audit import AuditLine
from haart_archive.types.backup import BackupReport, BackupStatus, Credentials
from haart_archive.types.checks import AuditRecord, CheckResult, VerifyResult
from haart_archive.types.home import ConsentStanding, HomeSummary
from haart_archive.types.importing import ImportPlan, ImportResult
from haart_archive.types.publishing import PublicationSpec
from haart_archive.types.redaction import KnownPerson, Suggestion
from haart_archive.types.search import PublicText
from haart_archive.types.statistics import StatisticsTable
from haart_archive.types.users import CurrentUser
from haart_archive.vault.kdf import KdfParams, calibrate
from haart_archive.vault.keys import Tier


class Archive:
    """An unlocked archive session. Obtain one with `create` or `open`."""

    def __init__(self, context: Context, lock: ArchiveLock):
        self._ctx = context
        self._lock = lock
        self._listeners: list[Callable[[str, str], None]] = []
        self._feed_seen: int | None = context.server.feed_head() if context.server is not None else None
        context.on_tiers_rotated = self._tiers_rotated

    # -- opening and closing ---------------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | Path, custodian: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Archive, str]:
        """Make a new archive in an empty folder; returns the open session and the recovery
        key, which is shown once and never stored in a readable form."""
        if is_server_url(path):
            context, lock, recovery_key = create_server(str(path), custodian, passphrase, kdf)
        else:
            context, lock, recovery_key = create_folder(Path(path), custodian, passphrase, kdf)
        return cls(context, lock), recovery_key

    @staticmethod
    def exists(path: str | Path) -> bool:
        """True when `path` holds a readable archive header (nothing is unlocked)."""
        if is_server_url(path):
            return server_holds_archive(str(path))
        return holds_archive(Path(path))

    @staticmethod
    def check_exists(path: str | Path) -> None:
        """Raise DamagedFile with a clear sentence unless `path` holds an archive."""
        if is_server_url(path):
            check_server_holds_archive(str(path))
        else:
            check_holds_archive(Path(path))

    @staticmethod
    def unlock_delay(path: str | Path) -> int:
        """Seconds a client should wait before trying to unlock again: it grows after repeated
        failures (counted in the folder, so it holds across command-line runs)."""
        return delay_after(failed_unlocks_since_success(Path(path)))

    @classmethod
    def open(cls, path: str | Path, user: str, passphrase: str) -> Archive:
        """Unlock with a user's passphrase. Wrong credentials raise WrongPassphrase (and
        are audited); a second running copy raises ArchiveInUse."""
        return cls._unlock(path, Credentials.of_user(user, passphrase))

    @classmethod
    def open_by_passphrase(cls, path: str | Path, passphrase: str) -> Archive:
        """Unlock with a passphrase alone: it is tried on each user's slot in turn (names
        are not stored in plain), and the slot it opens is used without deriving again."""
        return cls._unlock(path, Credentials.by_passphrase(passphrase))

    @classmethod
    def open_with_recovery_key(cls, path: str | Path, recovery_key: str) -> Archive:
        """Unlock with the recovery key: a custodian's powers, to set new passphrases."""
        return cls._unlock(path, Credentials.recovery(recovery_key))

    @classmethod
    def _unlock(cls, path: str | Path, credentials: Credentials) -> Archive:
        if is_server_url(path):
            context, lock = unlock_server(str(path), credentials)
        else:
            context, lock = unlock_folder(Path(path), credentials)
        archive = cls(context, lock)
        _finish_interrupted_rotation(context)
        _roll_back_interrupted_import(archive)
        return archive

    def lock(self) -> None:
        """Forget the keys, close the database and release the folder. Idempotent."""
        if self._ctx.locked:
            return
        if "search" in self.__dict__:
            self.search.close()
        close_session(self._ctx, self._lock)
        for name in ("testimonies", "people", "users", "consent", "media", "search", "redaction", "publishing",
                     "statistics", "briefs", "clearances", "_backups", "_settings"):
            self.__dict__.pop(name, None)

    close = lock

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    # -- who and where ------------------------------------------------------------------------
    @property
    def user(self) -> CurrentUser:
        self._ctx.ensure_open()
        return self._ctx.user

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def folder(self) -> Path:
        """The archive folder; for an archive on a server, this desktop's cache folder of it."""
        return self._ctx.folder

    @property
    def location(self) -> str:
        """Where the archive lives, as a person would type it (a server without password)."""
        server = self._ctx.server
        return server.display if server is not None else str(self._ctx.folder)

    @property
    def on_server(self) -> bool:
        return self._ctx.server is not None

    @property
    def is_locked(self) -> bool:
        return self._ctx.locked

    def can_read(self, tier: Tier | str) -> bool:
        return not self._ctx.locked and self._ctx.can_read(Tier(tier))

    # -- services -----------------------------------------------------------------------------
    @cached_property
    def people(self) -> People:
        return People(self._ctx)

    @cached_property
    def testimonies(self) -> Testimonies:
        return Testimonies(self._ctx, self.people, self._changed)

    @cached_property
    def users(self) -> Users:
        return Users(self._ctx)

    @cached_property
    def consent(self) -> ConsentRecords:
        return ConsentRecords(self._ctx, self._releases_for, self._changed, self._takedowns_requested)

    @cached_property
    def media(self) -> MediaLibrary:
        return MediaLibrary(self._ctx, self.consent, text_context=self._image_text_context)

    @cached_property
    def search(self) -> SearchService:
        documents = indexed_documents(self._ctx, lambda tid: self.consent.state(tid).value, self.consent.states_of)
        if self._ctx.server is not None:
            return FeedSearch(self._ctx, documents)
        return SearchService(self._ctx, documents)

    def open_public_text(self, testimony_id: str) -> PublicText:
        """The whole public (redacted, approved, current) text behind a search result, for
        every role (advocates included); NotFound when the testimony has none."""
        return self.search.public_text(testimony_id)

    @cached_property
    def redaction(self) -> RedactionDesk:
        return RedactionDesk(self._ctx, self.people, self.testimonies, self.consent, self._changed)

    @cached_property
    def publishing(self) -> Publishing:
        return Publishing(self._ctx, self.testimonies, self.consent, self.redaction, self.media, self.people)

    @cached_property
    def statistics(self) -> Statistics:
        """Counts by exploitation, push factor, county, year, ... from the public tier, small
        cells suppressed (every role, advocates included)."""
        return Statistics(self._ctx, self.consent)

    @cached_property
    def briefs(self) -> Briefs:
        """Evidence briefs: statistics with approved quotes, through the publication gates."""
        return Briefs(self._ctx, self.publishing, self.redaction, self.statistics)

    @cached_property
    def clearances(self) -> ClearanceQueue:
        """The clearance queue: communications `request(spec)`, editors `waiting()`, `clear(id)`,
        `decline(id, reason)`; the person who asked reads `mine()` and `mark_seen(id)`."""
        return ClearanceQueue(self._ctx, self.publishing)

    # -- what each person sees first ---------------------------------------------------------
    def home_summary(self) -> HomeSummary:
        """Counts of the work waiting for the signed-in role (None for what it does not see)."""
        return home.home_summary(self._ctx, self.consent, self.publishing, self.clearances, self.backup_status)

    def consent_standing(self, testimony_id: str) -> ConsentStanding:
        """How the testimony's consent stands today in one sentence; `recorded` is False when
        no consent was ever recorded (only internal case work is allowed)."""
        return home.consent_standing(self.consent, testimony_id)

    def change_own_passphrase(self, current: str, new: str) -> None:
        """Any signed-in user changes their own passphrase: the current one is required
        (WrongPassphrase otherwise), their key slot is rewrapped and the change audited."""
        self.users.change_own_passphrase(current, new)

    # -- public texts out of the archive ------------------------------------------------------
    def export_public_text(self, version_id: str, fmt: str = "pdf", *, channel: str = "report") -> bytes:
        """An approved redacted text as 'pdf' or 'docx' bytes, through the publication gates for
        `channel` (PublicationRefused lists every reason). Save it with `save_file`."""
        return public_text.export_public_text(self._ctx, self.publishing, self.redaction, version_id, fmt,
                                              channel=channel)

    def public_text_spec(self, version_id: str, *, channel: str = "report") -> PublicationSpec:
        """The one-item publication an export of `version_id` passes; communications staff ask an
        editor to clear it (`clearances.request(spec)`) before exporting."""
        return public_text.public_text_spec(self.redaction.version(version_id).title, version_id, channel)
    def _image_text_context(self, testimony_id: str) -> tuple:
        return self.redaction.text_context(testimony_id)

    def screen(self, testimony_id: str) -> Screening:
        """Screen a testimony's original text for indicators of trafficking (story key needed;
        like every read of an original, not audited). A screening aid, not a legal finding."""
        record = self.testimonies.get(testimony_id)
        return screen(record.text, language=record.language)

    def _releases_for(self, testimony_id: str) -> list:
        return self.publishing.releases_for(testimony_id)

    def _takedowns_requested(self, notices: list) -> None:
        self.publishing.request_takedowns(notices)

    def _tiers_rotated(self, tiers: set) -> None:
        search = self.search
        for tier in tiers:
            if tier in SEARCHABLE_TIERS:
                search.forget_index(tier)

    # -- audit and checks -------------------------------------------------------------------
    def audit_entries(self) -> list[AuditRecord]:
        """The whole audit log (custodian only)."""
        return integrity.audit_entries(self._ctx)

    def audit_lines(self, *, newest_first: bool = True) -> list[AuditLine]:
        """The audit log to show (custodian only): numbered entries ordered by number, with
        people, records and details in words (titles, not ids), as translatable Messages."""
        return audit_lines(self._ctx, newest_first=newest_first)

    def verify_audit(self) -> VerifyResult:
        """Recompute the audit chain; the result lists every break found."""
        return integrity.verify_audit(self._ctx)

    def check(self, progress: Progress | None = None) -> CheckResult:
        """Read every page, sealed value and blob your keys open; list every problem."""
        return integrity.check_archive(self._ctx, progress)

    # -- backups ------------------------------------------------------------------------------
    @cached_property
    def _backups(self) -> backup.Backups:
        return backup.Backups(self._ctx, self._settings)

    def make_backup(self, out: str | Path, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> BackupReport:
        """Write one sealed backup file (custodian); it is read back and verified. An
        archive on a server is first copied, from one snapshot, into a hidden folder of this
        desktop's cache (ciphertext only, removed after), and backed up from there: the
        backup file is the same as a folder's, and restores into a folder or onto a server."""
        if self._ctx.server is None:
            return self._backups.make(Path(out), progress, cancelled)
        self._ctx.require("make backups")
        staging = self._ctx.folder / f".backup-{secrets.token_hex(6)}"
        try:
            copy = server_copy_context(self._ctx, staging)
            try:
                report = backup.Backups(copy, Settings(copy)).make(Path(out), progress, cancelled)
            finally:
                copy.engine.dispose()
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self._backups.record_verified(report)
        return report

    def verify_backup(self, path: str | Path, progress: Progress | None = None) -> BackupReport:
        """Check every byte of a backup file with this archive's keys; records the date."""
        return self._backups.verify(Path(path), progress)

    def record_backup_verified(self, report: BackupReport) -> None:
        """Remember that a backup of this archive was verified (checked with credentials)."""
        self._backups.record_verified(report)

    def backup_status(self, now: datetime | None = None) -> BackupStatus:
        """When a backup was last verified, and a reminder when that is too long ago."""
        return self._backups.status(now)

    def backup_reminder_days(self) -> int:
        """How many days may pass without a verified backup before a reminder."""
        return self._backups.reminder_days()

    def set_backup_reminder_days(self, days: int) -> None:
        self._backups.set_reminder_days(days)

    @staticmethod
    def verify_backup_file(path: str | Path, credentials: Credentials,
                           progress: Progress | None = None) -> BackupReport:
        """Check every byte of a backup with the credentials it was made with; nothing is
        restored and no archive needs to be open."""
        return backup.verify_backup(Path(path), credentials, progress)

    @staticmethod
    def restore_backup(path: str | Path, new_path: str | Path, credentials: Credentials,
                       progress: Progress | None = None, cancelled: CancelCheck | None = None) -> BackupReport:
        """Restore a backup into a new, empty folder, or into an empty database on a server
        (custodians or the recovery key): a server is restored through a hidden folder beside
        the backup file, then moved (all or nothing, checked)."""
        if not is_server_url(new_path):
            return backup.restore_backup(Path(path), Path(new_path), credentials, progress, cancelled)
        staging = Path(path).resolve().parent / f".restore-{secrets.token_hex(6)}"
        try:
            report = backup.restore_backup(Path(path), staging, credentials, progress, cancelled)
            forget_server_anchor(staging)
            move_archive(staging, str(new_path), credentials, _check_moved_copy,
                         action="archive restored from a backup onto a server")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return report

    # -- imports ------------------------------------------------------------------------------
    def run_import(self, plan: ImportPlan, *, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> ImportResult:
        """Create every testimony of a planned import, or, cancelled or failed, none."""
        imports = Imports(self._ctx, self.testimonies, self.media, self.bulk)
        return imports.run(plan, progress=progress, cancelled=cancelled)

    # -- settings -----------------------------------------------------------------------------
    @cached_property
    def _settings(self) -> Settings:
        return Settings(self._ctx)

    def setting(self, name: str, default: Any = None) -> Any:
        return self._settings.get(name, default)

    def set_setting(self, name: str, value: Any) -> None:
        self._settings.set(name, value)

    # -- change notification ------------------------------------------------------------------
    def on_change(self, listener: Callable[[str, str], None]) -> None:
        """Call `listener(record_id, kind)` after each change (the search index and the UI)."""
        self._listeners.append(listener)

    def _changed(self, record_id: str, kind: str) -> None:
        # On a server the index follows the change feed, which carries this change too.
        if self._ctx.server is None and ("search" in self.__dict__ or self._index_exists()):
            self.search.record_changed(record_id, kind)
        for listener in list(self._listeners):
            listener(record_id, kind)

    def poll_changes(self) -> list[tuple[str, str]]:
        """Team mode: what other users changed since the last poll (or since unlock), as
        (testimony id, kind); each is also passed to the `on_change` listeners, so an open
        list refreshes. Call it from a timer (the app) or before showing a list. A folder
        archive has one user at a time, and returns nothing."""
        server = self._ctx.server
        if server is None:
            return []
        if self._feed_seen is None:
            self._feed_seen = server.feed_head()
            return []
        changes = server.changes_since(self._feed_seen)
        if changes:
            self._feed_seen = changes[-1][0]
        seen = [(testimony_id, kind) for _seq, testimony_id, kind in changes]
        for testimony_id, kind in seen:
            for listener in list(self._listeners):
                listener(testimony_id, kind)
        return seen

    def _index_exists(self) -> bool:
        return (self._ctx.folder / INDEX_FOLDER).exists()

    def bulk(self) -> AbstractContextManager:
        """Batch index updates for many changes (import, demo)."""
        return self.search.deferred()

    # -- team mode ------------------------------------------------------------------------------
    @staticmethod
    def setup_server(url: str, grants: dict[str, list[str]] | None = None) -> dict[str, str]:
        """Create the database roles of an archive on a server, with least privilege per
        archive role, and give logins their role (`{"advocate": ["login"]}`); run by the
        database's owner. Returns archive role -> database role."""
        store = connect_server(url)
        try:
            return setup_roles(store.engine, grants or {}).roles
        finally:
            store.engine.dispose()

    @staticmethod
    def move(source: str | Path, target: str | Path, credentials: Credentials,
             progress: Progress | None = None) -> MoveReport:
        """Copy an archive from a folder onto a server or back, all or nothing, verified row
        by row and blob by blob afterwards; the source is left as it was. Custodians only."""
        return move_archive(source, target, credentials, _check_moved_copy, progress)

    # -- for clients that make archives -------------------------------------------------------
    @staticmethod
    def calibrate_kdf() -> KdfParams:
        """Key-derivation settings calibrated on this machine, to reuse for several new
        slots at once (the demo makes five); `create` and `users.add` calibrate otherwise."""
        return calibrate()


def suggest_redactions(
    text: str, known: Sequence[KnownPerson] = (), known_strings: Sequence[str] = ()
) -> list[Suggestion]:
    """What to redact in `text` (the people given, names, places, Kenyan identifiers, dates,
    ages), strongest first; needs no archive. Detection suggests; an editor decides."""
    return detect(text, known, known_strings)


def screen_text(text: str, *, language: str | None = None) -> Screening:
    """Screen any text for indicators of trafficking; needs no archive. A screening aid,
    not a legal finding."""
    return screen(text, language=language)


def statistics_chart(table: StatisticsTable, fmt: str = "png", *, language: str = "en") -> bytes:
    """The chart of a statistics table with its table beside it, as PNG or SVG bytes
    (drawn headless; needs no archive)."""
    return draw_chart(table, fmt, language=language)


def export_statistics(table: StatisticsTable, path: str | Path, *, language: str = "en") -> Path:
    """Write a statistics table as a chart (.png, .svg) or a table (.csv), whole or not at all."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind == "csv":
        data = table.to_csv(language).encode("utf-8")
    elif kind in ("png", "svg"):
        data = draw_chart(table, kind, language=language)
    else:
        raise InvalidInput(Message("Statistics are exported as .png, .svg or .csv, not '{name}'.", name=path.name))
    atomic_write_bytes(path, data)
    return path


def save_file(path: str | Path, data: bytes) -> None:
    """Write a file for the user (a receipt, a plan) whole or not at all, never half."""
    atomic_write_bytes(Path(path), data)


def plan_import(source: str | Path, mapping: dict[str, str] | None = None, *, sheet: str | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Read a folder of documents or a spreadsheet and plan its import (the dry run): it
    changes nothing and needs no archive."""
    return _plan_import(Path(source), mapping, sheet=sheet, progress=progress)


def load_import_mapping(path: str | Path) -> tuple[dict[str, str], str | None]:
    """A column mapping file for spreadsheet imports: (mapping, worksheet name or None)."""
    return load_mapping(Path(path))


def _check_moved_copy(location: str | Path, credentials: Credentials) -> None:
    with Archive._unlock(location, credentials) as archive:
        result = archive.check()
    if not result.ok:
        raise DamagedFile(Message(
            "The moved copy failed its check ({problem}); it was removed and the archive stays where it was.",
            problem=result.problems[0]))


def _roll_back_interrupted_import(archive: Archive) -> None:
    # An import killed mid-way is undone at the next unlock that may delete testimonies.
    try:
        roll_back_interrupted_import(archive._ctx, archive.testimonies)
    except ArchiveError:
        logging.getLogger("haart_archive").warning("rolling back an interrupted import failed")


def _finish_interrupted_rotation(context: Context) -> None:
    # A rotation killed half-way is safe but unfinished; a custodian's unlock finishes it.
    # If that fails (disk full, say), the archive still opens and the next unlock retries.
    try:
        finish_interrupted_rotation(context)
    except ArchiveError:
        logging.getLogger("haart_archive").warning("finishing an interrupted key rotation failed")


__all__ = [
    "Archive",
    "is_server_url",
    "ArchiveLocked",
    "NotPermitted",
    # Reading pictures needs no archive: the text in an image (OCR) and the faces in it.
    "detect_faces",
    "read_text",
    "text_in_reading_order",
]
