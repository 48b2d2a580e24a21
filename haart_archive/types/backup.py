"""Backup values: what opens a backup, what one holds, and when the last was verified."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from haart_archive.vault.unlocking import Credentials


@dataclass(frozen=True)
class BackupReport:
    """What a backup holds, as read back from its (authenticated) manifest."""

    path: Path
    archive_id: str
    created_at: str
    store_key_version: int
    files: int
    blobs: int
    content_bytes: int
    file_bytes: int
    audit_head_seq: int


@dataclass(frozen=True)
class BackupStatus:
    """When a backup was last verified, how many days ago, and a reminder if it is overdue."""

    last_verified_at: datetime | None
    days: int | None
    reminder: str | None


__all__ = ["BackupReport", "BackupStatus", "Credentials"]
