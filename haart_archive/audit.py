"""The audit log: who did what to which record, and when; hash-chained and sealed.

Each entry's plaintext is canonical JSON; its chain value is SHA-256 over the previous chain
value and that plaintext. The head (last sequence number and chain value) is kept in a
sealed setting, so an edited, deleted, reordered or truncated log fails `verify`. Entries
name records by id and never carry field values.

Failed unlocks happen without keys, so they are sealed to the archive's inbox public key
(see `VaultHeader.seal_for_inbox`) in `failed-unlocks.log` and moved into the log at the
next successful unlock.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from haart_archive.errors import TamperedRecord
from haart_archive.store.models import AuditEntry, Setting
from haart_archive.store.sealing import Sealer
from haart_archive.vault.header import VaultHeader
from haart_archive.vault.keys import KeyRing

GENESIS = b"\x00" * 32
HEAD_SETTING = "audit.head"
INBOX_NAME = "failed-unlocks.log"


@dataclass(frozen=True)
class AuditRecord:
    """One entry as people read it."""

    seq: int
    at: str
    actor: str
    action: str
    target_type: str = ""
    target_id: str = ""
    detail: dict = field(default_factory=dict)

    def canonical(self) -> bytes:
        return json.dumps(
            {
                "seq": self.seq,
                "at": self.at,
                "actor": self.actor,
                "action": self.action,
                "target_type": self.target_type,
                "target_id": self.target_id,
                "detail": self.detail,
            },
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode("utf-8")

    @staticmethod
    def from_canonical(data: bytes) -> AuditRecord:
        return AuditRecord(**json.loads(data))


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of `verify`: ok, how many entries were checked, and every problem found."""

    ok: bool
    checked: int
    problems: tuple[str, ...] = ()


def chain_next(previous: bytes, canonical: bytes) -> bytes:
    return hashlib.sha256(previous + canonical).digest()


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class AuditLog:
    """Appends entries inside the caller's transaction and verifies the chain."""

    def __init__(self, sealer: Sealer, actor_id: str):
        self._sealer = sealer
        self._actor = actor_id

    def record(
        self,
        session: Session,
        action: str,
        target_type: str = "",
        target_id: str = "",
        detail: dict | None = None,
        *,
        at: str | None = None,
        actor: str | None = None,
    ) -> None:
        """Append one entry in `session`'s transaction (it commits with the change it audits)."""
        seq, previous = self._head(session)
        record = AuditRecord(
            seq=seq + 1,
            at=at or now_text(),
            actor=actor or self._actor,
            action=action,
            target_type=target_type,
            target_id=target_id,
            detail=detail or {},
        )
        canonical = record.canonical()
        entry = AuditEntry(seq=record.seq, chain=chain_next(previous, canonical))
        entry.id = hashlib.sha256(b"audit" + entry.chain).hexdigest()[:32]
        self._sealer.seal_bytes(entry, "entry_sealed", canonical)
        session.add(entry)
        self._set_head(session, record.seq, entry.chain)

    def entries(self, session: Session) -> list[AuditRecord]:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [AuditRecord.from_canonical(self._sealer.open_bytes(row, "entry_sealed")) for row in rows]

    def verify(self, session: Session) -> VerifyResult:
        """Recompute the chain over every entry; report each break in plain words."""
        problems: list[str] = []
        previous = GENESIS
        expected_seq = 1
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        for row in rows:
            if row.seq != expected_seq:
                problems.append(f"Entries {expected_seq} to {row.seq - 1} are missing from the audit log.")
            try:
                canonical = self._sealer.open_bytes(row, "entry_sealed")
            except TamperedRecord:
                problems.append(f"Audit entry {row.seq} was changed or damaged and cannot be read.")
                previous, expected_seq = row.chain, row.seq + 1
                continue
            record = AuditRecord.from_canonical(canonical)
            computed = chain_next(previous, canonical)
            if record.seq != row.seq:
                problems.append(f"Audit entry {row.seq} was moved from position {record.seq}.")
            if computed != row.chain:
                problems.append(f"Audit entry {row.seq} does not follow from the entry before it.")
            previous, expected_seq = row.chain, row.seq + 1
        head_seq, head_chain = self._head(session)
        if head_seq != expected_seq - 1 or head_chain != previous:
            problems.append(
                f"The audit log ends at entry {expected_seq - 1} but entry {head_seq} was the last "
                "recorded: entries were removed from the end."
            )
        return VerifyResult(ok=not problems, checked=len(rows), problems=tuple(problems))

    def _head(self, session: Session) -> tuple[int, bytes]:
        row = session.get(Setting, HEAD_SETTING)
        if row is None:
            return 0, GENESIS
        head = self._sealer.open_json(row, "value_sealed")
        return int(head["seq"]), bytes.fromhex(head["chain"])

    def _set_head(self, session: Session, seq: int, chain: bytes) -> None:
        row = session.get(Setting, HEAD_SETTING)
        if row is None:
            row = Setting(id=HEAD_SETTING)
            session.add(row)
        self._sealer.seal_json(row, "value_sealed", {"seq": seq, "chain": chain.hex()})

    def count(self, session: Session) -> int:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def note_failed_unlock(folder: Path, header: VaultHeader, typed_user: str, reason: str) -> None:
    """Leave a sealed note of a failed unlock; nobody without the store key can read it."""
    if not header.inbox_public_key:
        return
    note = json.dumps({"at": now_text(), "user": typed_user, "reason": reason}).encode()
    line = base64.b64encode(header.seal_for_inbox(note)) + b"\n"
    with contextlib.suppress(OSError), open(folder / INBOX_NAME, "ab") as handle:
        handle.write(line)


def drain_failed_unlocks(folder: Path, header: VaultHeader, keyring: KeyRing) -> list[dict]:
    """Read (and then remove) the sealed notes of failed unlocks; skip unreadable lines."""
    path = folder / INBOX_NAME
    if not path.exists():
        return []
    notes = []
    for line in path.read_bytes().splitlines():
        with contextlib.suppress(Exception):
            notes.append(json.loads(header.open_inbox_note(keyring, base64.b64decode(line))))
    return notes


def clear_failed_unlocks(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / INBOX_NAME).unlink()
