"""What a folder keeps as files, kept in tables: the vault header, failed-unlock notes, and
the change feed every desktop follows.

Writers take one transaction-scoped advisory lock (`pg_advisory_xact_lock`) at the start of
each write transaction: the audit log is a hash chain, so its entries must be appended one
after the other, and the change feed must become visible in the order of its numbers (a
reader that saw entry 11 must never later find a 10). Writes are short, readers never wait.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy import delete, event, func, insert, inspect, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from haart_archive.errors import DamagedFile, EditConflict
from haart_archive.messages import Message
from haart_archive.store.models import (
    AliasTable,
    ChangeEntry,
    ConsentEvent,
    MediaAsset,
    RedactedVersion,
    Testimony,
    TestimonyPerson,
    UnlockNote,
    VaultRecord,
)
from haart_archive.team.connection import display_url
from haart_archive.vault.header import VaultHeader

HEADER_ROW = "header"
FEED_ROW = "feed"
WRITE_LOCK = 0x4841_4152  # "HAAR": the archive's one advisory lock key


@dataclass
class ServerStore:
    """The archive's database server, as the session of one desktop sees it."""

    url: str
    engine: Engine
    header_version: int = 0
    feed_id: str = ""
    _notes: list = field(default_factory=list)

    @property
    def display(self) -> str:
        return display_url(self.url)

    # -- the header ---------------------------------------------------------------------
    def holds_archive(self) -> bool:
        if "vault_record" not in inspect(self.engine).get_table_names():
            return False
        with self.engine.connect() as connection:
            return connection.scalar(select(func.count()).where(VaultRecord.id == HEADER_ROW)) > 0

    def read_header(self) -> VaultHeader:
        with self.engine.connect() as connection:
            if "vault_record" not in inspect(connection).get_table_names():
                raise DamagedFile(Message("The database at {url} holds no HAART archive.", url=self.display))
            rows = {row.id: row for row in connection.execute(select(VaultRecord))}
        if HEADER_ROW not in rows:
            raise DamagedFile(Message("The database at {url} holds no HAART archive.", url=self.display))
        self.header_version = rows[HEADER_ROW].version
        self.feed_id = rows[FEED_ROW].data.decode("ascii") if FEED_ROW in rows else ""
        return VaultHeader.from_bytes(rows[HEADER_ROW].data)

    def insert_header(self, session: Session, header: VaultHeader) -> None:
        self.feed_id = os.urandom(16).hex()
        session.execute(insert(VaultRecord).values(id=HEADER_ROW, version=1, data=header.to_bytes()))
        session.execute(insert(VaultRecord).values(id=FEED_ROW, version=1, data=self.feed_id.encode("ascii")))
        self.header_version = 1

    def save_header(self, header: VaultHeader, session: Session | None = None) -> None:
        """Replace the header, unless another custodian replaced it since it was read."""
        if session is None:
            with Session(self.engine) as own, own.begin():
                self.lock_writes(own)
                self._replace_header(own, header)
            return
        self._replace_header(session, header)

    def _replace_header(self, session: Session, header: VaultHeader) -> None:
        changed = session.execute(
            update(VaultRecord)
            .where(VaultRecord.id == HEADER_ROW, VaultRecord.version == self.header_version)
            .values(data=header.to_bytes(), version=self.header_version + 1)
        ).rowcount
        if changed != 1:
            raise EditConflict(Message(
                "Another custodian changed the users or keys of this archive meanwhile; nothing "
                "was changed. Open the archive again and repeat the change."))
        self.header_version += 1

    # -- writing one at a time ----------------------------------------------------------
    @staticmethod
    def lock_writes(session: Session) -> None:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})

    # -- failed unlocks -----------------------------------------------------------------
    def add_unlock_note(self, sealed: bytes) -> None:
        try:
            with self.engine.begin() as connection:
                connection.execute(insert(UnlockNote).values(id=os.urandom(16).hex(), note=sealed))
        except Exception:  # noting a failure must never hide the refusal itself
            return

    def unlock_notes(self, session: Session) -> list[tuple[str, bytes]]:
        return [(row.id, row.note) for row in session.execute(select(UnlockNote.id, UnlockNote.note))]

    @staticmethod
    def drop_unlock_notes(session: Session, ids: list[str]) -> None:
        if ids:
            session.execute(delete(UnlockNote).where(UnlockNote.id.in_(ids)))

    # -- the change feed ----------------------------------------------------------------
    def feed_head(self) -> int:
        with self.engine.connect() as connection:
            return connection.scalar(select(func.coalesce(func.max(ChangeEntry.seq), 0)))

    def changes_since(self, seq: int, limit: int = 50_000) -> list[tuple[int, str, str]]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(ChangeEntry.seq, ChangeEntry.testimony_id, ChangeEntry.kind)
                .where(ChangeEntry.seq > seq).order_by(ChangeEntry.seq).limit(limit)
            ).all()
        return [(row.seq, row.testimony_id, row.kind) for row in rows]


# Which testimony a changed row belongs to (the feed carries testimony ids, as the facade's
# change notifications do).
_TESTIMONY_OF = {
    Testimony: lambda row: row.id,
    AliasTable: lambda row: row.id,
    ConsentEvent: lambda row: row.testimony_id,
    RedactedVersion: lambda row: row.testimony_id,
    MediaAsset: lambda row: row.testimony_id,
    TestimonyPerson: lambda row: row.testimony_id,
}


def follow_changes(sessions: sessionmaker) -> None:
    """Write a feed entry, in the same transaction, for every testimony a session changed."""

    @event.listens_for(sessions, "after_flush")
    def _collect(session: Session, _context: object) -> None:
        changed = session.info.setdefault("changed_testimonies", {})
        for kind, rows in (("added", session.new), ("changed", session.dirty), ("deleted", session.deleted)):
            for row in rows:
                of = _TESTIMONY_OF.get(type(row))
                testimony_id = of(row) if of else None
                if not testimony_id:
                    continue
                # The testimony's own fate decides: added or deleted beats a change to a part.
                row_kind = kind if type(row) is Testimony else "changed"
                previous = changed.get(testimony_id)
                if previous is None or row_kind == "deleted" or (row_kind == "added" and previous == "changed"):
                    changed[testimony_id] = row_kind

    @event.listens_for(sessions, "before_commit")
    def _append(session: Session) -> None:
        changed = session.info.pop("changed_testimonies", None)
        if changed:
            ServerStore.lock_writes(session)  # numbers become visible in order (taken already by writers)
            session.add_all(ChangeEntry(testimony_id=tid, kind=kind) for tid, kind in sorted(changed.items()))

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop("changed_testimonies", None)
