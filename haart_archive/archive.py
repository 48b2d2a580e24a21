"""The one door to an archive: create it, open it with a user's passphrase, lock it.

    archive, recovery_key = Archive.create(path, "Amina", passphrase)
    archive = Archive.open(path, "Amina", passphrase)
    archive.testimonies.add(draft)
    archive.lock()

The command line and the desktop app use only this module and the value types it returns.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from sqlalchemy import select

from haart_archive.audit import clear_failed_unlocks, drain_failed_unlocks, note_failed_unlock
from haart_archive.context import Context, CurrentUser
from haart_archive.errors import (
    ArchiveLocked,
    DamagedFile,
    InvalidInput,
    NotPermitted,
    WrongPassphrase,
)
from haart_archive.lockfile import ArchiveLock
from haart_archive.media.blobs import BlobStore
from haart_archive.messages import Message
from haart_archive.people import People
from haart_archive.roles import Role
from haart_archive.screening import Screening, screen
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
from haart_archive.store import migrate
from haart_archive.store.engine import DATABASE_NAME, check_database, make_engine
from haart_archive.store.models import Setting, User, new_id
from haart_archive.testimonies import Testimonies
from haart_archive.users import Users, check_passphrase, grant_for
from haart_archive.vault.header import (
    HEADER_NAME,
    RECOVERY_SLOT_ID,
    SlotGrant,
    VaultHeader,
    new_header,
    read_header,
    write_header,
)
from haart_archive.vault.kdf import KdfParams, calibrate
from haart_archive.vault.keys import KeyRing, Tier, TierKey
from haart_archive.vault.recovery import generate_recovery_key, normalise_recovery_key

BLOB_FOLDER = "blobs"
RECOVERY_USER = CurrentUser(id="recovery", name="Recovery key", role=Role.CUSTODIAN)


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
        folder = Path(path)
        _prepare_empty_folder(folder)
        check_passphrase(passphrase)
        kdf = kdf or calibrate()
        lock = ArchiveLock(folder)
        lock.acquire()
        try:
            keyring = KeyRing([TierKey.generate(tier) for tier in Tier])
            header = new_header()
            custodian_id = new_id()
            slot_id = header.slot_id_for_user(custodian)
            recovery_key = generate_recovery_key()
            engine = make_engine(folder / DATABASE_NAME, keyring.current(Tier.STORE).key)
            migrate.upgrade(engine)
            user = CurrentUser(custodian_id, " ".join(custodian.split()), Role.CUSTODIAN)
            context = Context(folder, folder / DATABASE_NAME, header, keyring, engine, user, BlobStore(folder / BLOB_FOLDER))
            with context.transaction() as session:
                row = User(id=custodian_id, slot_id=slot_id, role=Role.CUSTODIAN.value)
                context.sealer.seal_text(row, "name_sealed", user.name)
                session.add(row)
                context.audit.record(session, "archive created")
            header = header.with_slot(slot_id, passphrase.encode(), kdf, grant_for(keyring, custodian_id, Role.CUSTODIAN))
            recovery_grant = SlotGrant("recovery", Role.CUSTODIAN.value, tuple(keyring.all_keys()))
            header = header.with_slot(RECOVERY_SLOT_ID, recovery_key.encode(), kdf, recovery_grant)
            header = header.with_inbox_for(keyring).signed(keyring)
            write_header(folder, header)
            context.header = header
        except BaseException:
            lock.release()
            raise
        return cls(context, lock), recovery_key

    @staticmethod
    def exists(path: str | Path) -> bool:
        """True when `path` holds a readable archive header (nothing is unlocked)."""
        try:
            read_header(Path(path))
        except (DamagedFile, OSError):
            return False
        return (Path(path) / DATABASE_NAME).exists()

    @classmethod
    def open(cls, path: str | Path, user: str, passphrase: str) -> Archive:
        """Unlock with a user's passphrase. Wrong credentials raise WrongPassphrase (and
        are audited); a second running copy raises ArchiveInUse."""
        folder = Path(path)
        header = read_header(folder)
        return cls._open_slot(folder, header, header.slot_id_for_user(user), passphrase, user)

    @classmethod
    def open_by_slot(cls, path: str | Path, slot_id: str, passphrase: str) -> Archive:
        """Unlock a known slot (the command line finds it by trying the passphrase)."""
        folder = Path(path)
        return cls._open_slot(folder, read_header(folder), slot_id, passphrase, "(by passphrase)")

    @classmethod
    def _open_slot(cls, folder: Path, header: VaultHeader, slot_id: str, passphrase: str, typed_user: str) -> Archive:
        lock = ArchiveLock(folder)
        lock.acquire()
        try:
            try:
                grant = header.unlock(slot_id, passphrase.encode())
            except WrongPassphrase:
                note_failed_unlock(folder, header, typed_user, "wrong user name or passphrase")
                raise
            return cls._unlocked(folder, header, grant, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_with_recovery_key(cls, path: str | Path, recovery_key: str) -> Archive:
        """Unlock with the recovery key: a custodian's powers, to set new passphrases."""
        folder = Path(path)
        header = read_header(folder)
        typed = normalise_recovery_key(recovery_key)
        lock = ArchiveLock(folder)
        lock.acquire()
        try:
            try:
                grant = header.unlock(RECOVERY_SLOT_ID, typed.encode())
            except WrongPassphrase:
                note_failed_unlock(folder, header, "(recovery key)", "wrong recovery key")
                raise WrongPassphrase(Message("That recovery key does not open this archive.")) from None
            return cls._unlocked(folder, header, grant, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _unlocked(cls, folder: Path, header: VaultHeader, grant: SlotGrant, lock: ArchiveLock) -> Archive:
        keyring = KeyRing(list(grant.keys))
        header.verify_mac(keyring)
        engine = _open_database(folder, keyring)
        migrate.upgrade(engine)
        user = _current_user(engine, keyring, grant)
        context = Context(folder, folder / DATABASE_NAME, header, keyring, engine, user, BlobStore(folder / BLOB_FOLDER))
        archive = cls(context, lock)
        archive._record_unlock()
        _finish_interrupted_rotation(context)
        return archive

    def lock(self) -> None:
        """Forget the keys, close the database and release the folder. Idempotent."""
        if self._ctx.locked:
            return
        if "search" in self.__dict__:
            self.search.close()
        self._ctx.locked = True
        self._ctx.keyring.forget()
        self._ctx.engine.dispose()
        self._lock.release()
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

    def _record_unlock(self) -> None:
        notes = drain_failed_unlocks(self._ctx.folder, self._ctx.header, self._ctx.keyring)
        with self._ctx.transaction() as session:
            for note in notes:
                self._ctx.audit.record(
                    session, "failed unlock", detail={"typed_user": note.get("user", ""), "reason": note.get("reason", "")},
                    at=note.get("at"), actor="(unknown)",
                )
            self._ctx.audit.record(session, "unlocked", "user", self._ctx.user.id)
        clear_failed_unlocks(self._ctx.folder)


def _prepare_empty_folder(folder: Path) -> None:
    if folder.exists():
        if not folder.is_dir():
            raise InvalidInput(Message("'{folder}' is a file, not a folder.", folder=folder))
        if (folder / HEADER_NAME).exists():
            raise InvalidInput(Message(
                "'{folder}' already holds an archive; choose an empty folder.",
                folder=folder,
            ))
        if any(folder.iterdir()):
            raise InvalidInput(Message(
                "'{folder}' is not empty; choose an empty or new folder.",
                folder=folder,
            ))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        os.chmod(folder, 0o700)


def _open_database(folder: Path, keyring: KeyRing):  # noqa: ANN202
    """Try the newest store key first; an interrupted rotation may have left the older."""
    database = folder / DATABASE_NAME
    if not database.exists():
        raise DamagedFile(Message(
            "The archive in '{folder}' has lost its database file '{database_name}'.",
            folder=folder,
            database_name=DATABASE_NAME,
        ))
    versions = sorted((k for k in keyring.all_keys() if k.tier == Tier.STORE), key=lambda k: -k.version)
    last_error: Exception | None = None
    for store_key in versions:
        engine = make_engine(database, store_key.key)
        try:
            check_database(engine, database)
            return engine
        except DamagedFile as error:
            engine.dispose()
            last_error = error
    raise last_error or DamagedFile(Message("The archive's database cannot be opened."))


def _finish_interrupted_rotation(context: Context) -> None:
    # A rotation killed half-way is safe but unfinished; a custodian's unlock finishes it.
    # If that fails (disk full, say), the archive still opens and the next unlock retries.
    from haart_archive.errors import ArchiveError
    from haart_archive.rotation import finish_interrupted_rotation

    try:
        finish_interrupted_rotation(context)
    except ArchiveError:
        logging.getLogger("haart_archive").warning("finishing an interrupted key rotation failed")


def _current_user(engine, keyring: KeyRing, grant: SlotGrant) -> CurrentUser:  # noqa: ANN001
    if grant.user_id == "recovery":
        return RECOVERY_USER
    from sqlalchemy.orm import Session

    from haart_archive.store.sealing import Sealer

    with Session(engine) as session:
        row = session.scalars(select(User).where(User.id == grant.user_id)).first()
        if row is None or row.removed_at is not None:
            raise WrongPassphrase(Message("That user name and passphrase do not open this archive."))
        name = Sealer(keyring, grant.role).open_text(row, "name_sealed")
    return CurrentUser(row.id, name, Role(row.role))


__all__ = ["Archive", "ArchiveLocked", "NotPermitted"]
