"""Backups: `backup PATH OUT`, `backup verify FILE`, `backup status PATH`, `restore FILE NEW_PATH`."""

from __future__ import annotations

import argparse
from pathlib import Path

from haart_archive.archive import Archive
from haart_archive.commands.common import (
    ProgressLine,
    add_user_option,
    archive_location,
    open_archive,
    read_secret,
    wait_before_unlock,
)
from haart_archive.errors import InvalidInput
from haart_archive.types.backup import Credentials

USAGE = (
    "use 'backup PATH OUT' to back up the archive in PATH to the new file OUT, "
    "'backup verify FILE' to check a backup, or 'backup status PATH'."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="back up an archive to one encrypted file, verify a backup, or show the last verified backup",
        description=(
            "backup PATH OUT: write a backup of the archive in PATH to the new file OUT. "
            "backup verify FILE: check every byte of a backup without restoring it. "
            "backup status PATH: when the last verified backup was made."
        ),
    )
    backup.add_argument("first", metavar="PATH|verify|status")
    backup.add_argument("second", metavar="OUT|FILE|PATH", nargs="?")
    add_user_option(backup)
    backup.add_argument("--recovery-key", action="store_true",
                        help="unlock with the recovery key (asked for, or HAART_RECOVERY_KEY)")
    backup.add_argument("--archive", type=archive_location,
                        help="with 'verify': the archive to record the verification in")
    backup.set_defaults(handler=backup_command)
    restore = subparsers.add_parser("restore", help="restore a backup into a new, empty folder or database")
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("new_path", type=archive_location,
                         help="a folder that does not exist yet, or is empty; or an empty database's address")
    add_user_option(restore)
    restore.add_argument("--recovery-key", action="store_true",
                         help="unlock with the recovery key (asked for, or HAART_RECOVERY_KEY)")
    restore.set_defaults(handler=restore_command)


def backup_command(args: argparse.Namespace) -> int:
    if args.first == "verify" and args.second:
        return _verify(args, Path(args.second))
    if args.first == "status" and args.second:
        return _status(args, archive_location(args.second))
    if args.second is None:
        raise InvalidInput(USAGE)
    return _make(args, archive_location(args.first), Path(args.second))


def _make(args: argparse.Namespace, path: Path | str, out: Path) -> int:
    with _open(args, path) as archive, ProgressLine("Backing up") as progress:
        report = archive.make_backup(out, progress=progress)
    print(f"Wrote and verified {out}: the database and {report.blobs} media files, "
          f"{report.file_bytes} bytes, audit entry {report.audit_head_seq}.")
    return 0


def _verify(args: argparse.Namespace, file: Path) -> int:
    credentials = _credentials(args)
    with ProgressLine("Verifying") as progress:
        report = Archive.verify_backup_file(file, credentials, progress=progress)
    if args.archive:
        with _open(args, args.archive) as archive:
            archive.record_backup_verified(report)
    print(f"The backup {file} is intact: made {report.created_at}, the database and "
          f"{report.blobs} media files, store key version {report.store_key_version}.")
    return 0


def _status(args: argparse.Namespace, path: Path | str) -> int:
    with _open(args, path) as archive:
        status = archive.backup_status()
    if status.last_verified_at is not None:
        print(f"Last verified backup: {status.last_verified_at:%Y-%m-%d %H:%M} UTC ({status.days} days ago).")
    if status.reminder:
        print(status.reminder)
    return 0


def restore_command(args: argparse.Namespace) -> int:
    credentials = _credentials(args)
    with ProgressLine("Restoring") as progress:
        report = Archive.restore_backup(args.file, args.new_path, credentials, progress=progress)
    print(f"Restored the backup made {report.created_at} into {args.new_path}. "
          "The search index is rebuilt the first time you search.")
    return 0


def _credentials(args: argparse.Namespace) -> Credentials:
    if args.recovery_key:
        return Credentials.recovery(read_secret("HAART_RECOVERY_KEY", "Recovery key: "))
    return Credentials(user=args.user, passphrase=read_secret("HAART_PASSPHRASE", "Passphrase: "))


def _open(args: argparse.Namespace, path: Path | str) -> Archive:
    if args.recovery_key:
        wait_before_unlock(path)
        return Archive.open_with_recovery_key(path, read_secret("HAART_RECOVERY_KEY", "Recovery key: "))
    args.path = path
    return open_archive(args)


__all__ = ["register"]
