"""Encrypted backups: make one file of an open archive, verify it, restore it elsewhere.

    report = Backups(context, settings).make("/media/usb/haart-2024-05-01.hbk", progress)
    verify_backup(path, Credentials.of_user("Amina", "..."))
    restore_backup(path, "/home/amina/restored-archive", Credentials.recovery("ABCD-..."))
    Backups(context, settings).status().reminder

The file holds a consistent snapshot of the database (exported while the archive stays
open, into a SQLCipher file keyed with the store key, inside the archive folder), every
blob, a copy of the vault header and a manifest with the audit chain head; see
`haart_archive.backup_format`. It opens with any credential the archive had when it was
made: any user's passphrase or the recovery key. Only ciphertext is ever written, to the
archive folder, beside the backup file and into the restore folder; nothing goes to TMPDIR.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import sqlcipher3

from haart_archive import __version__
from haart_archive.anchor import forget_anchor
from haart_archive.backup_format import (
    DATABASE_ENTRY,
    KEY_PURPOSE,
    MANIFEST_NAME,
    BackupPrefix,
    BackupReader,
    BackupWriter,
    read_prefix,
)
from haart_archive.context import Context
from haart_archive.errors import (
    DamagedFile,
    InvalidInput,
    NotPermitted,
    WrongPassphrase,
)
from haart_archive.fileutil import fsync_directory
from haart_archive.media.blobs import BLOB_FOLDER
from haart_archive.messages import Message
from haart_archive.roles import Role
from haart_archive.services.settings import Settings
from haart_archive.store.engine import DATABASE_NAME, check_database, make_engine
from haart_archive.store.models import Setting
from haart_archive.tasks import CancelCheck, Progress, stop_if_cancelled
from haart_archive.types.backup import BackupReport, BackupStatus
from haart_archive.vault.header import HEADER_NAME, SlotGrant
from haart_archive.vault.keys import KeyRing, Tier, TierKey
from haart_archive.vault.unlocking import Credentials, Refusals, unlock

SNAPSHOT_PREFIX = ".backup-snapshot-"
LAST_VERIFIED_SETTING = "backup.last_verified"
REMINDER_DAYS_SETTING = "backup.reminder_days"
DEFAULT_REMINDER_DAYS = 7
BACKUP_REFUSALS = Refusals(
    passphrase=Message(
        "That user name and passphrase do not open this backup (it opens with the "
        "passphrases the archive had when the backup was made, or the recovery key).",
    ),
    recovery_key=Message("That recovery key does not open this backup."),
)


# -- making ----------------------------------------------------------------------------------


class Backups:
    """Backups of the open archive: make, verify and remember them (custodians only)."""

    def __init__(self, context: Context, settings: Settings):
        self._ctx = context
        self._settings = settings

    def make(
        self, out: str | Path, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ) -> BackupReport:
        """Write a backup of the open archive to `out` (a new file), read it back to verify
        every byte, and record the verification date. Custodians only."""
        ctx = self._ctx
        ctx.require("make backups")
        out = Path(out)
        _check_new_backup_path(out, ctx.folder)
        _discard_stale_snapshots(ctx.folder)
        snapshot = ctx.folder / f"{SNAPSHOT_PREFIX}{secrets.token_hex(8)}.db"
        store_key = ctx.keyring.current(Tier.STORE)
        temp = out.with_name(f".{out.name}.{secrets.token_hex(6)}.partial")
        try:
            blob_names, audit_head = _snapshot_database(ctx, snapshot, store_key)
            header_bytes = ctx.header.to_bytes()
            files = [(DATABASE_ENTRY, snapshot)] + [
                (f"{BLOB_FOLDER}/{name}.blob", ctx.blobs.directory / f"{name}.blob") for name in blob_names
            ]
            total = sum(_size(path, name) for name, path in files)
            done = 0

            def advance(count: int) -> None:
                nonlocal done
                done += count
                stop_if_cancelled(cancelled, Message("The backup was cancelled; no backup file was kept."))
                if progress:
                    progress(done, total)

            manifest_files = []
            with _create_private(temp) as handle:
                writer = BackupWriter(handle, header_bytes, store_key.subkey(KEY_PURPOSE), store_key.version)
                for name, path in files:
                    with _open_entry(path, name) as source:
                        size = os.fstat(source.fileno()).st_size
                        digest = writer.add_file(name, source, size, advance)
                    manifest_files.append({"name": name, "size": size, "sha256": digest})
                writer.finish(
                    {
                        "format": "haart-archive-backup",
                        "version": 1,
                        "archive_id": ctx.header.archive_id,
                        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "store_key_version": store_key.version,
                        "audit_head": audit_head,
                        "app_version": __version__,
                        "files": manifest_files,
                    }
                )
                handle.flush()
                os.fsync(handle.fileno())
            _publish(temp, out)
        except BaseException as error:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            if isinstance(error, OSError) and _is_disk_full(error):
                raise DamagedFile(Message(
                    "The disk is full or could not be written: no backup was made and the "
                    "archive is unchanged. Free some space and try again.",
                )) from None
            raise
        finally:
            _remove_snapshot(snapshot)
        with ctx.transaction() as session:
            ctx.audit.record(session, "backup made", detail={"files": len(manifest_files)})
        return self.verify(out)

    def verify(self, path: str | Path, progress: Progress | None = None) -> BackupReport:
        """Verify a backup of this archive with the open session's keys and record the date."""
        ctx = self._ctx
        ctx.require("make backups")
        path = Path(path)
        with _open_backup_file(path) as handle:
            prefix = read_prefix(handle, path.name)
            if prefix.header.archive_id != ctx.header.archive_id:
                raise InvalidInput(Message(
                    "The backup file {name} is a backup of another archive.",
                    name=path.name,
                ))
            report = _read_all(handle, prefix, _store_key_for(prefix, ctx.keyring), path, None, progress)
        self.record_verified(report)
        return report

    def record_verified(self, report: BackupReport) -> None:
        """Remember (sealed, in the archive) when a backup of it was last verified."""
        ctx = self._ctx
        ctx.require("make backups")
        if report.archive_id != ctx.header.archive_id:
            raise InvalidInput(Message(
                "That backup is of another archive; its verification is not recorded here.",
            ))
        setting_id = f"setting.{LAST_VERIFIED_SETTING}"
        with ctx.transaction() as session:
            row = session.get(Setting, setting_id) or Setting(id=setting_id)
            ctx.sealer.seal_json(
                row, "value_sealed",
                {"at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "created_at": report.created_at,
                 "bytes": report.file_bytes},
            )
            session.add(row)
            ctx.audit.record(
                session, "backup verified", detail={"files": report.files, "created_at": report.created_at}
            )

    def status(self, now: datetime | None = None) -> BackupStatus:
        """The date of the last verified backup and a reminder when it is overdue (or missing)."""
        now = now or datetime.now(UTC)
        days_allowed = self.reminder_days()
        value = self._settings.get(LAST_VERIFIED_SETTING)
        if not value:
            return BackupStatus(None, None, "No verified backup of this archive exists yet. Make one now.")
        at = datetime.strptime(value["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        days = max((now - at).days, 0)
        reminder = None
        if days > days_allowed:
            reminder = (
                f"The last verified backup is {days} days old (the archive asks for one every "
                f"{days_allowed} days). Make a backup now."
            )
        return BackupStatus(at, days, reminder)

    def reminder_days(self) -> int:
        """How many days may pass without a verified backup before the custodian is reminded."""
        return int(self._settings.get(REMINDER_DAYS_SETTING, DEFAULT_REMINDER_DAYS))

    def set_reminder_days(self, days: int) -> None:
        """Change how many days may pass without a verified backup (1 to 365)."""
        if not 1 <= int(days) <= 365:
            raise InvalidInput(Message("The backup reminder must be between 1 and 365 days."))
        self._settings.set(REMINDER_DAYS_SETTING, int(days))


def _publish(temp: Path, out: Path) -> None:
    """Give the finished file its name without ever replacing an existing file."""
    try:
        os.link(temp, out)
    except FileExistsError:
        raise InvalidInput(Message(
            "'{out}' appeared while the backup was written; the new backup was not kept.",
            out=out,
        )) from None
    except OSError:
        # File systems without hard links (FAT on USB sticks): the check above must do.
        if out.exists():
            raise InvalidInput(Message(
                "'{out}' already exists; the new backup was not kept.",
                out=out,
            )) from None
        os.replace(temp, out)
    else:
        temp.unlink()
    fsync_directory(out.parent)


def _check_new_backup_path(out: Path, archive_folder: Path) -> None:
    if out.exists():
        raise InvalidInput(Message(
            "'{out}' already exists; choose a new file name (old backups are never "
            "overwritten).",
            out=out,
        ))
    if not out.parent.is_dir():
        raise InvalidInput(Message("The folder '{parent}' does not exist.", parent=out.parent))
    with contextlib.suppress(OSError):
        if out.parent.resolve() == archive_folder.resolve() or archive_folder.resolve() in out.parent.resolve().parents:
            raise InvalidInput(Message(
                "Write the backup outside the archive folder, preferably to another disk.",
            ))


def _snapshot_database(ctx: Context, snapshot: Path, store_key: TierKey) -> tuple[list[str], dict]:
    """Export a consistent copy of the database into `snapshot` (encrypted with the same
    store key) and list, in the same read transaction, the blobs it refers to."""
    raw = ctx.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS snap KEY ?", (str(snapshot), f"x'{store_key.key.hex()}'"))
        try:
            cursor.execute("BEGIN")
            try:
                cursor.execute("SELECT sqlcipher_export('snap')")
                blob_names = sorted({row[0] for row in cursor.execute("SELECT blob_name FROM media_asset")})
                head = cursor.execute("SELECT value_sealed FROM setting WHERE id = 'audit.head'").fetchone()
            finally:
                cursor.execute("COMMIT")
        finally:
            cursor.execute("DETACH DATABASE snap")
        cursor.close()
    except sqlcipher3.dbapi2.OperationalError:
        # SQLite reports a full disk as "full" or, when a size limit stops it, "disk I/O error".
        raise DamagedFile(
            Message(
                "The disk is full or could not be written: no backup was made and the "
                "archive is unchanged. Free some space and try again.",
            )
        ) from None
    finally:
        raw.close()
    audit_head = {"seq": 0, "chain": ""}
    if head is not None:
        value = ctx.sealer.open_json(Setting(id="audit.head", value_sealed=head[0]), "value_sealed")
        audit_head = {"seq": int(value["seq"]), "chain": str(value["chain"])}
    return blob_names, audit_head


def _is_disk_full(error: BaseException) -> bool:
    return "full" in str(error).lower() or getattr(error, "errno", None) in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def _size(path: Path, name: str) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        raise DamagedFile(
            Message(
                "The archive's {what} is missing; run 'check' before making a backup.",
                what=_what(name),
            )
        ) from None


def _open_entry(path: Path, name: str) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise DamagedFile(Message(
            "The archive's {what} is missing; run 'check' before making a backup.",
            what=_what(name),
        )) from None


def _what(name: str) -> str:
    from haart_archive.backup_format import describe_entry

    return describe_entry(name)


def _discard_stale_snapshots(folder: Path) -> None:
    """Snapshots left by a backup that was killed hold only ciphertext; remove them."""
    for stale in folder.glob(f"{SNAPSHOT_PREFIX}*"):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()


def _remove_snapshot(snapshot: Path) -> None:
    for path in (snapshot, Path(f"{snapshot}-journal"), Path(f"{snapshot}-wal"), Path(f"{snapshot}-shm")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


# -- opening a backup ------------------------------------------------------------------------


def _unlock(prefix: BackupPrefix, credentials: Credentials) -> SlotGrant:
    return unlock(prefix.header, credentials, BACKUP_REFUSALS)


def _store_key_for(prefix: BackupPrefix, keyring: KeyRing) -> TierKey:
    try:
        return keyring.version(Tier.STORE, prefix.key_version)
    except KeyError:
        raise WrongPassphrase(
            Message(
                "This backup is sealed with store key version {key_version}, which these "
                "credentials do not hold (the keys were rotated since); use the passphrase "
                "or recovery key the archive had when the backup was made.",
                key_version=prefix.key_version,
            )
        ) from None


def _open_backup_file(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InvalidInput(Message("There is no backup file '{path}'.", path=path)) from None
    except IsADirectoryError:
        raise InvalidInput(Message("'{path}' is a folder, not a backup file.", path=path)) from None


# -- verifying -------------------------------------------------------------------------------


def verify_backup(path: str | Path, credentials: Credentials, progress: Progress | None = None) -> BackupReport:
    """Authenticate every byte of a backup without restoring it; return what it holds."""
    path = Path(path)
    with _open_backup_file(path) as handle:
        prefix = read_prefix(handle, path.name)
        grant = _unlock(prefix, credentials)
        keyring = KeyRing(list(grant.keys))
        return _read_all(handle, prefix, _store_key_for(prefix, keyring), path, None, progress)


def _read_all(handle: BinaryIO, prefix: BackupPrefix, store_key: TierKey, path: Path, restore_to: Path | None,
              progress: Progress | None, cancelled: CancelCheck | None = None) -> BackupReport:
    """Read every record (writing files under `restore_to` when given); check the manifest."""
    import hashlib

    total = os.fstat(handle.fileno()).st_size
    reader = BackupReader(handle, prefix, store_key.subkey(KEY_PURPOSE), path.name)
    seen: dict[str, tuple[int, str]] = {}
    manifest: dict | None = None
    for record, content in reader.records():
        if record.name == MANIFEST_NAME and record.kind == ord("M"):
            manifest = _parse_manifest(b"".join(content), path.name)
            continue
        if record.name in seen:
            raise DamagedFile(Message(
                "The backup file {name} holds '{name_2}' twice; it is not a valid backup.",
                name=path.name,
                name_2=record.name,
            ))
        digest = hashlib.sha256()
        target = None
        if restore_to is not None:
            target = _create_private(_restore_path(restore_to, record.name))
        try:
            for piece in content:
                digest.update(piece)
                if target is not None:
                    target.write(piece)
                stop_if_cancelled(cancelled, Message("The restore was cancelled; the new folder was removed."))
                if progress:
                    progress(handle.tell(), total)
            if target is not None:
                target.flush()
                os.fsync(target.fileno())
        finally:
            if target is not None:
                target.close()
        seen[record.name] = (record.size, digest.hexdigest())
    assert manifest is not None  # records() ends only after the manifest
    _check_manifest(manifest, seen, prefix, path.name)
    blobs = sum(1 for name in seen if name.startswith(f"{BLOB_FOLDER}/"))
    return BackupReport(
        path=path, archive_id=manifest["archive_id"], created_at=str(manifest["created_at"]),
        store_key_version=prefix.key_version, files=len(seen), blobs=blobs,
        content_bytes=sum(size for size, _ in seen.values()), file_bytes=total,
        audit_head_seq=int(manifest["audit_head"]["seq"]),
    )


def _parse_manifest(data: bytes, label: str) -> dict:
    try:
        manifest = json.loads(data)
        files = manifest["files"]
        if not isinstance(files, list) or not isinstance(manifest["audit_head"], dict):
            raise ValueError
        int(manifest["audit_head"]["seq"])
        int(manifest["store_key_version"])
        str(manifest["archive_id"])
        for entry in files:
            str(entry["name"]), int(entry["size"]), str(entry["sha256"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise DamagedFile(Message(
            "The manifest of the backup file {label} cannot be read.",
            label=label,
        )) from None
    return manifest


def _check_manifest(manifest: dict, seen: dict[str, tuple[int, str]], prefix: BackupPrefix, label: str) -> None:
    listed = {entry["name"]: (int(entry["size"]), entry["sha256"]) for entry in manifest["files"]}
    if manifest["archive_id"] != prefix.header.archive_id:
        raise DamagedFile(Message(
            "The manifest of the backup file {label} names another archive than its "
            "vault header.",
            label=label,
        ))
    if int(manifest["store_key_version"]) != prefix.key_version:
        raise DamagedFile(Message(
            "The manifest of the backup file {label} names another store key version.",
            label=label,
        ))
    if DATABASE_ENTRY not in seen:
        raise DamagedFile(Message("The backup file {label} holds no database.", label=label))
    for name in sorted(set(listed) | set(seen)):
        if name not in seen:
            raise DamagedFile(Message(
                "The backup file {label} lacks {name}, which its manifest lists.",
                label=label,
                name=name,
            ))
        if name not in listed:
            raise DamagedFile(Message(
                "The backup file {label} holds {name}, which its manifest does not list.",
                label=label,
                name=name,
            ))
        if listed[name] != seen[name]:
            raise DamagedFile(Message(
                "In the backup file {label}, {name} does not match its manifest entry.",
                label=label,
                name=name,
            ))


# -- restoring -------------------------------------------------------------------------------


def restore_backup(
    path: str | Path,
    new_path: str | Path,
    credentials: Credentials,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> BackupReport:
    """Restore a backup into a new folder (never over anything); custodians or the recovery
    key only. The folder appears whole or not at all."""
    path, new_path = Path(path), Path(new_path)
    _check_restore_target(new_path)
    with _open_backup_file(path) as handle:
        prefix = read_prefix(handle, path.name)
        grant = _unlock(prefix, credentials)
        if grant.role != Role.CUSTODIAN.value:
            raise NotPermitted(grant.role, "restore backups")
        store_key = _store_key_for(prefix, KeyRing(list(grant.keys)))
        staging = new_path.parent / f".{new_path.name}.restoring-{secrets.token_hex(6)}"
        try:
            staging.mkdir(mode=0o700)
            (staging / BLOB_FOLDER).mkdir(mode=0o700)
            report = _read_all(handle, prefix, store_key, path, staging, progress, cancelled)
            _write_new(staging / HEADER_NAME, prefix.header_bytes)
            _check_restored_database(staging, store_key)
            fsync_directory(staging / BLOB_FOLDER)
            fsync_directory(staging)
            _check_restore_target(new_path)
            if new_path.exists():
                new_path.rmdir()
            os.rename(staging, new_path)
            fsync_directory(new_path.parent)
            # A restore puts an older state back on purpose: this machine's anchor starts again.
            forget_anchor(prefix.header.archive_id, new_path)
        except BaseException as error:
            shutil.rmtree(staging, ignore_errors=True)
            if isinstance(error, OSError) and _is_disk_full(error):
                raise DamagedFile(Message(
                    "The disk is full or could not be written: nothing was restored. Free some "
                    "space and try again.",
                )) from None
            raise
    return report


def _check_restore_target(new_path: Path) -> None:
    if new_path.exists():
        if not new_path.is_dir() or any(new_path.iterdir()):
            raise InvalidInput(Message(
                "'{new_path}' is not empty; restore refuses to overwrite. Choose a new "
                "folder.",
                new_path=new_path,
            ))
    elif not new_path.parent.is_dir():
        raise InvalidInput(Message("The folder '{parent}' does not exist.", parent=new_path.parent))


def _restore_path(root: Path, name: str) -> Path:
    # `BackupReader` only lets the database and blobs/<32 hex>.blob through.
    return root / (DATABASE_NAME if name == DATABASE_ENTRY else name)


def _create_private(path: Path) -> BinaryIO:
    """A new file only its owner can read; never replaces an existing one."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600), "wb")


def _write_new(path: Path, data: bytes) -> None:
    with _create_private(path) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _check_restored_database(folder: Path, store_key: TierKey) -> None:
    engine = make_engine(folder / DATABASE_NAME, store_key.key)
    try:
        check_database(engine, folder / DATABASE_NAME)
    finally:
        engine.dispose()


__all__ = [
    "BackupReport",
    "BackupStatus",
    "Backups",
    "Credentials",
    "restore_backup",
    "verify_backup",
]
