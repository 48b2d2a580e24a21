"""The audit log: who did what to which record, and when; hash-chained and sealed.

Each entry's plaintext is canonical JSON; its chain value is SHA-256 over the previous chain
value and that plaintext. Entries are sealed (HPKE) to the audit public key, whose private
key only custodians derive, so every role appends and only custodians read. The author signs
each entry's sequence number and chain value with their own key. The head (last sequence
number and chain value) is kept in a sealed setting, and custodians leave a checkpoint signed
with the roster key, so an edited, deleted, reordered or truncated log fails `verify`, with
the entries named. A tail cut after the last checkpoint by someone holding only the store key
is caught by the machine's anchor (`haart_archive.anchor`). Entries name records by id and
never carry field values.

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

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from haart_archive.errors import NotPermitted
from haart_archive.fileutil import private_file
from haart_archive.signatures import Signatures
from haart_archive.store.models import AuditEntry, Setting
from haart_archive.store.sealing import Sealer
from haart_archive.vault import signing
from haart_archive.vault.header import VaultHeader
from haart_archive.vault.keys import KeyRing

GENESIS = b"\x00" * 32
HEAD_SETTING = "audit.head"
CHECKPOINT_SETTING = "audit.checkpoint"
INBOX_NAME = "failed-unlocks.log"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


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


def entry_payload(archive_id: str, seq: int, chain: bytes, signed_by: str) -> bytes:
    return f"haart-audit-v1|{archive_id}|{seq}|{chain.hex()}|{signed_by}".encode()


def checkpoint_payload(archive_id: str, seq: int, chain: bytes) -> bytes:
    return f"haart-audit-checkpoint-v1|{archive_id}|{seq}|{chain.hex()}".encode()


class AuditLog:
    """Appends entries inside the caller's transaction and verifies the chain."""

    def __init__(self, sealer: Sealer, actor_id: str, signatures: Signatures, reader_seed: bytes | None):
        self._sealer = sealer
        self._actor = actor_id
        self._sigs = signatures
        self._reader = signing.audit_private_key(reader_seed) if reader_seed else None

    def _info(self, seq: int) -> bytes:
        return f"audit|{self._sigs.archive_id}|{seq}".encode()

    def seal_entry(self, seq: int, canonical: bytes) -> bytes:
        return _SUITE.encrypt(canonical, X25519PublicKey.from_public_bytes(self._sigs.pins.audit), info=self._info(seq))

    def open_entry(self, row: AuditEntry) -> bytes:
        if self._reader is None:
            raise NotPermitted("(not a custodian)", "read the audit log")
        return _SUITE.decrypt(row.entry_sealed, self._reader, info=self._info(row.seq))

    def sign_entry(self, entry: AuditEntry) -> None:
        entry.signed_by = self._sigs.signer_id
        entry.signature = self._sigs.sign_bytes(
            entry_payload(self._sigs.archive_id, entry.seq, entry.chain, entry.signed_by)
        )

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
        # Chain onto the newest stored entry (not only the sealed head, which every role can
        # rewrite): a forged entry is then named by `verify` instead of blocking every write.
        seq, previous = session.info.get("audit_last") or max(
            self._head(session), self.last(session), key=lambda mark: mark[0]
        )
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
        entry.entry_sealed = self.seal_entry(record.seq, canonical)
        self.sign_entry(entry)
        session.add(entry)
        self._set_head(session, record.seq, entry.chain)
        session.info["audit_last"] = (record.seq, entry.chain)  # no query per entry in bulk work

    def entries(self, session: Session) -> list[AuditRecord]:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [AuditRecord.from_canonical(self.open_entry(row)) for row in rows]

    def verify(self, session: Session, anchor: tuple[int, bytes] | None = None) -> VerifyResult:
        """Recompute the chain over every entry and check every author's signature, the last
        signed checkpoint and this machine's anchor; report each break in plain words, with
        the entries named."""
        problems: list[str] = []
        previous = GENESIS
        expected_seq = 1
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        chains: dict[int, bytes] = {}
        for row in rows:
            chains[row.seq] = row.chain
            if row.seq != expected_seq:
                problems.append(f"Entries {expected_seq} to {row.seq - 1} are missing from the audit log.")
            if not self._sigs.verify_bytes(
                row.signed_by or "", row.signature, entry_payload(self._sigs.archive_id, row.seq, row.chain,
                                                                  row.signed_by or "")
            ):
                problems.append(f"Audit entry {row.seq} is not signed by a member of the staff roster: it was "
                                "written or changed outside the app.")
            try:
                canonical = self.open_entry(row)
            except (InvalidTag, ValueError, NotPermitted):
                problems.append(f"Audit entry {row.seq} was changed or damaged and cannot be read.")
                previous, expected_seq = row.chain, row.seq + 1
                continue
            record = AuditRecord.from_canonical(canonical)
            computed = chain_next(previous, canonical)
            if record.seq != row.seq:
                problems.append(f"Audit entry {row.seq} was moved from position {record.seq}.")
            if computed != row.chain:
                problems.append(f"Audit entry {row.seq} does not follow from the entry before it.")
            if record.actor not in ("(unknown)", row.signed_by):
                problems.append(f"Audit entry {row.seq} names an author other than the user who signed it.")
            previous, expected_seq = row.chain, row.seq + 1
        last = expected_seq - 1
        head_seq, head_chain = self._head(session)
        if head_seq != last or head_chain != previous:
            problems.append(
                f"The audit log ends at entry {last} but entry {head_seq} was the last "
                "recorded: entries were removed from the end."
            )
        checkpoint = self.checkpoint(session)
        for label, mark in (("the last custodian checkpoint", checkpoint), ("this computer's anchor", anchor)):
            if mark is None:
                continue
            seq, chain = mark
            if seq > last:
                problems.append(f"Entries {last + 1} to {seq} were removed from the end of the audit log "
                                f"(they are covered by {label}).")
            elif seq and chains.get(seq) != chain:
                problems.append(f"Audit entry {seq} differs from the one recorded by {label}: the log "
                                "was rewritten.")
        return VerifyResult(ok=not problems, checked=len(rows), problems=tuple(problems))

    # -- checkpoints (custodians) ------------------------------------------------------------
    def checkpoint(self, session: Session) -> tuple[int, bytes] | None:
        """The last checkpoint signed with the roster key: (seq, chain); a forged one counts as
        none (and is reported by `verify` through the entries it does not match)."""
        row = session.get(Setting, CHECKPOINT_SETTING)
        if row is None:
            return None
        data = self._sealer.open_json(row, "value_sealed")
        seq, chain = int(data["seq"]), bytes.fromhex(data["chain"])
        if not signing.verify(self._sigs.pins.roster, bytes.fromhex(data.get("signature", "")),
                              checkpoint_payload(self._sigs.archive_id, seq, chain)):
            return None
        return seq, chain

    def write_checkpoint(self, session: Session) -> None:
        """Sign the current head with the roster key (custodian sessions). A checkpoint the log
        no longer reaches is kept as it is: it is the evidence `verify` reports."""
        seq, chain = self.last(session)
        old = self.checkpoint(session)
        if old is not None and (old[0] > seq or (old[0] and self.chain_at(session, old[0]) != old[1])):
            return
        signature = self._sigs.sign_as_roster(checkpoint_payload(self._sigs.archive_id, seq, chain))
        row = session.get(Setting, CHECKPOINT_SETTING)
        if row is None:
            row = Setting(id=CHECKPOINT_SETTING)
            session.add(row)
        self._sealer.seal_json(row, "value_sealed", {"seq": seq, "chain": chain.hex(), "signature": signature.hex()})

    def last(self, session: Session) -> tuple[int, bytes]:
        """The newest entry as stored: (seq, chain), or (0, genesis)."""
        row = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
        return (row.seq, row.chain) if row is not None else (0, GENESIS)

    def chain_at(self, session: Session, seq: int) -> bytes | None:
        row = session.get(AuditEntry, seq)
        return row.chain if row is not None else None

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


FREE_ATTEMPTS = 5
FIRST_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try: none for the first five, then 5, 10, 20, ...
    (at most five minutes), as the app's lock screen does."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS))


def failed_unlocks_since_success(folder: Path) -> int:
    """How many unlocks failed since the last one that worked (the notes waiting in the inbox)."""
    try:
        return sum(1 for line in (folder / INBOX_NAME).read_bytes().splitlines() if line.strip())
    except OSError:
        return 0


def note_failed_unlock(folder: Path, header: VaultHeader, typed_user: str, reason: str) -> None:
    """Leave a sealed note of a failed unlock; nobody without the store key can read it. The
    note says how long the next try must wait, so the audit shows the delays too."""
    if not header.inbox_public_key:
        return
    failures = failed_unlocks_since_success(folder) + 1
    if delay_after(failures):
        reason = f"{reason}; next try delayed {delay_after(failures)} s"
    note = json.dumps({"at": now_text(), "user": typed_user, "reason": reason}).encode()
    line = base64.b64encode(header.seal_for_inbox(note)) + b"\n"
    with contextlib.suppress(OSError), private_file(folder / INBOX_NAME, append=True) as handle:
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
