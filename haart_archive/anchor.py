"""The rollback anchor: what this computer last saw of each archive, kept outside its folder.

Signatures stop a lesser role from forging decisions, but someone who can write the folder can
still put back an older copy of it (which re-admits a removed user and forgets a withdrawal)
or cut the newest audit entries. So each machine keeps, per archive, a small file with the
archive id, the highest audit sequence number and its chain value, the header generation and
the pinned roster key; no survivor data and no secret. It is kept per archive and folder
path (a restore into a new folder starts a new line of history). At unlock a folder older than what this
machine has seen is refused with a sentence. `restore` resets the anchor on purpose.

The file lives in the user's configuration folder (XDG_CONFIG_HOME or ~/.config on Linux and
macOS, %APPDATA% on Windows), outside the archive folder. A machine that never opened the
newer state cannot notice an older copy: that limit is documented in the README.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from haart_archive.errors import TamperedRecord
from haart_archive.fileutil import atomic_write_bytes
from haart_archive.messages import Message


def anchor_folder() -> Path:
    if os.name == "nt":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "haart-archive" / "anchors"


@dataclass(frozen=True)
class Anchor:
    archive_id: str
    audit_seq: int
    audit_chain: str
    header_generation: int
    roster: str = ""


def _path(archive_id: str, folder: Path) -> Path:
    # One anchor per archive and folder: two restores of one backup into two folders are two
    # lines of history, and each folder must not go back on its own line.
    where = hashlib.sha256(f"{archive_id}|{folder.resolve()}".encode()).hexdigest()[:32]
    return anchor_folder() / f"{where}.json"


def read_anchor(archive_id: str, folder: Path) -> Anchor | None:
    try:
        data = json.loads(_path(archive_id, folder).read_text(encoding="utf-8"))
        return Anchor(**data)
    except (OSError, ValueError, TypeError):
        return None


def write_anchor(anchor: Anchor, folder: Path) -> None:
    """Move the anchor forward (never back); a machine that cannot write it still works."""
    old = read_anchor(anchor.archive_id, folder)
    if old is not None and old.audit_seq > anchor.audit_seq:
        return
    if old is not None and old.header_generation > anchor.header_generation:
        anchor = Anchor(anchor.archive_id, anchor.audit_seq, anchor.audit_chain, old.header_generation, anchor.roster)
    with contextlib.suppress(OSError):
        anchor_folder().mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(_path(anchor.archive_id, folder), json.dumps(asdict(anchor)).encode())


def forget_anchor(archive_id: str, folder: Path) -> None:
    """Reset on purpose (a backup restored): the next unlock starts a new anchor."""
    with contextlib.suppress(OSError):
        _path(archive_id, folder).unlink()


def rolled_back(folder: Path, seen: int, found: int) -> TamperedRecord:
    return TamperedRecord(Message(
        "The archive in '{folder}' is older than the copy this computer last opened (audit entry {seen} "
        "was recorded; this folder stops at {found}). Someone may have copied an older folder back or cut "
        "the audit log. If you restored a backup on purpose, use 'restore'; otherwise ask a custodian.",
        folder=folder, seen=seen, found=found,
    ))


def check_header_generation(folder: Path, archive_id: str, generation: int) -> None:
    anchor = read_anchor(archive_id, folder)
    if anchor is not None and generation < anchor.header_generation:
        raise TamperedRecord(Message(
            "The vault header in '{folder}' is older than the one this computer last saw (generation "
            "{found}, not {seen}): an older copy was put back. If you restored a backup on purpose, use "
            "'restore'; otherwise ask a custodian.",
            folder=folder, found=generation, seen=anchor.header_generation,
        ))
