"""The one door to an archive: create it, open it with a user's passphrase, lock it.

    archive, recovery_key = Archive.create(path, "Amina", passphrase)
    archive = Archive.open(path, "Amina", passphrase)
    archive.testimonies.add(draft)
    archive.lock()

The command line and the desktop app use only this module and the value types it returns.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from haart_archive.context import Context, CurrentUser
from haart_archive.errors import ArchiveLocked, DamagedFile, NotPermitted
from haart_archive.lockfile import ArchiveLock
from haart_archive.opening import (
    check_holds_archive,
    close_session,
    create_folder,
    holds_archive,
    unlock_folder,
)
from haart_archive.people import People
from haart_archive.roles import Role
from haart_archive.services.consent import ConsentRecords
from haart_archive.services.media import MediaLibrary
from haart_archive.services.publishing import Publishing
from haart_archive.services.redaction import RedactionDesk
from haart_archive.services.search import (
    INDEX_FOLDER,
    SEARCHABLE_TIERS,
    SearchService,
    indexed_documents,
)
from haart_archive.store.models import Setting
from haart_archive.testimonies import Testimonies
from haart_archive.users import Users
from haart_archive.vault.kdf import KdfParams
from haart_archive.vault.keys import Tier
from haart_archive.vault.unlocking import Credentials


class Archive:
    """An unlocked archive session. Obtain one with `create` or `open`."""

    def __init__(self, context: Context, lock: ArchiveLock):
        self._ctx = context
        self._lock = lock
        self._listeners: list = []
        context.on_tiers_rotated = self._tiers_rotated

    # -- opening and closing ---------------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | Path, custodian: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Archive, str]:
        """Make a new archive in an empty folder; returns the open session and the recovery
        key, which is shown once and never stored in a readable form."""
        context, lock, recovery_key = create_folder(Path(path), custodian, passphrase, kdf)
        return cls(context, lock), recovery_key

    @staticmethod
    def exists(path: str | Path) -> bool:
        """True when `path` holds a readable archive header (nothing is unlocked)."""
        return holds_archive(Path(path))

    @staticmethod
    def check_exists(path: str | Path) -> None:
        """Raise DamagedFile with a clear sentence unless `path` holds an archive."""
        check_holds_archive(Path(path))

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
        context, lock = unlock_folder(Path(path), credentials)
        archive = cls(context, lock)
        _finish_interrupted_rotation(context)
        return archive

    def lock(self) -> None:
        """Forget the keys, close the database and release the folder. Idempotent."""
        if self._ctx.locked:
            return
        if "search" in self.__dict__:
            self.search.close()
        close_session(self._ctx, self._lock)
        for name in ("testimonies", "people", "users", "consent", "media", "search", "redaction", "publishing"):
            self.__dict__.pop(name, None)

    close = lock

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc) -> None:
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
        return self._ctx.folder

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
        return MediaLibrary(self._ctx, self.consent)

    @cached_property
    def search(self) -> SearchService:
        documents = indexed_documents(self._ctx, lambda tid: self.consent.state(tid).value)
        return SearchService(self._ctx, documents)

    @cached_property
    def redaction(self) -> RedactionDesk:
        return RedactionDesk(self._ctx, self.people, self.testimonies, self.consent, self._changed)

    @cached_property
    def publishing(self) -> Publishing:
        return Publishing(self._ctx, self.testimonies, self.consent, self.redaction, self.media, self.people)

    def _releases_for(self, testimony_id: str) -> list:
        return self.publishing.releases_for(testimony_id)

    def _takedowns_requested(self, notices: list) -> None:
        self.publishing.request_takedowns(notices)

    def _tiers_rotated(self, tiers: set) -> None:
        search = self.search
        for tier in tiers:
            if tier in SEARCHABLE_TIERS:
                search.forget_index(tier)

    def audit_entries(self) -> list:
        """The whole audit log (custodian only)."""
        self._ctx.require("read the audit log")
        with self._ctx.read() as session:
            return self._ctx.audit.entries(session)

    def verify_audit(self):  # noqa: ANN201 - VerifyResult
        """Recompute the audit chain; the result lists every break found."""
        self._ctx.require("read the audit log")
        with self._ctx.read() as session:
            result = self._ctx.audit.verify(session)
        with self._ctx.transaction() as session:
            self._ctx.audit.record(session, "audit verified", detail={"ok": result.ok})
        return result

    def check(self, progress=None):  # noqa: ANN001, ANN201 - CheckResult
        """Read every page, sealed value and blob your keys open; list every problem."""
        from haart_archive.integrity import check_archive

        result = check_archive(self._ctx, progress)
        try:
            with self._ctx.transaction() as session:
                self._ctx.audit.record(session, "archive checked", detail={"ok": result.ok, "problems": len(result.problems)})
        except DamagedFile as error:
            if result.ok:
                raise
            result = replace(result, problems=(*result.problems, f"The check could not be audited: {error.message}"))
        return result

    # -- backups --------------------------------------------------------------------------
    def make_backup(self, out: str | Path, progress=None, cancelled=None):  # noqa: ANN001, ANN201
        """Write one sealed backup file (custodian); it is read back and verified."""
        from haart_archive.backup import make_backup

        return make_backup(self, Path(out), progress, cancelled)

    def verify_backup(self, path: str | Path, progress=None):  # noqa: ANN001, ANN201
        """Check every byte of a backup file with this archive's keys; records the date."""
        from haart_archive.backup import verify_backup_with_archive

        return verify_backup_with_archive(self, Path(path), progress)

    def backup_status(self):  # noqa: ANN201 - BackupStatus
        """When a backup was last verified, and a reminder when that is too long ago."""
        from haart_archive.backup import backup_status

        return backup_status(self)

    def set_backup_reminder_days(self, days: int) -> None:
        from haart_archive.backup import set_reminder_days

        set_reminder_days(self, days)

    # -- settings -----------------------------------------------------------------------------
    def setting(self, name: str, default=None):  # noqa: ANN001, ANN201
        with self._ctx.read() as session:
            row = session.get(Setting, f"setting.{name}")
            return default if row is None else self._ctx.sealer.open_json(row, "value_sealed")

    def set_setting(self, name: str, value) -> None:  # noqa: ANN001
        self._ctx.require("change archive settings")
        with self._ctx.transaction() as session:
            row = session.get(Setting, f"setting.{name}") or Setting(id=f"setting.{name}")
            self._ctx.sealer.seal_json(row, "value_sealed", value)
            session.add(row)
            self._ctx.audit.record(session, "setting changed", "setting", name)

    # -- change notification ------------------------------------------------------------------
    def on_change(self, listener) -> None:  # noqa: ANN001
        """Call `listener(record_id, kind)` after each change (the search index and the UI)."""
        self._listeners.append(listener)

    def _changed(self, record_id: str, kind: str) -> None:
        if "search" in self.__dict__ or self._index_exists():
            self.search.record_changed(record_id, kind)
        for listener in list(self._listeners):
            listener(record_id, kind)

    def _index_exists(self) -> bool:
        return (self._ctx.folder / INDEX_FOLDER).exists()

    def bulk(self):  # noqa: ANN201
        """Batch index updates for many changes (import, demo)."""
        return self.search.deferred()


def _finish_interrupted_rotation(context: Context) -> None:
    # A rotation killed half-way is safe but unfinished; a custodian's unlock finishes it.
    # If that fails (disk full, say), the archive still opens and the next unlock retries.
    from haart_archive.errors import ArchiveError
    from haart_archive.rotation import finish_interrupted_rotation

    try:
        finish_interrupted_rotation(context)
    except ArchiveError:
        logging.getLogger("haart_archive").warning("finishing an interrupted key rotation failed")


__all__ = ["Archive", "ArchiveLocked", "NotPermitted"]
