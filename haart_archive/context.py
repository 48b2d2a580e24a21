"""What every service of an unlocked archive shares: keys, database, blobs, user, audit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from haart_archive.audit import AuditLog
from haart_archive.errors import ArchiveLocked, DamagedFile, InvalidInput
from haart_archive.media.blobs import BlobStore
from haart_archive.messages import Message
from haart_archive.roles import require
from haart_archive.signatures import Signatures
from haart_archive.store.sealing import Sealer
from haart_archive.team.store import ServerStore, follow_changes
from haart_archive.types.users import CurrentUser
from haart_archive.vault.header import VaultHeader, write_header
from haart_archive.vault.keys import KeyRing, Tier


@dataclass
class Context:
    folder: Path
    engine_path: Path
    header: VaultHeader
    keyring: KeyRing
    engine: Engine
    user: CurrentUser
    blobs: BlobStore
    sealer: Sealer = field(init=False)
    audit: AuditLog = field(init=False)
    signatures: Signatures | None = None
    locked: bool = False
    on_tiers_rotated: object = None
    server: ServerStore | None = None  # team mode: the database server (folder is then a local cache)

    def __post_init__(self) -> None:
        self.sealer = Sealer(self.keyring, self.user.role.value)
        self.audit = AuditLog(self.sealer, self.user.id, self.signatures, self.keyring.roster_seed)
        self.rebind()

    def rebind(self) -> None:
        """Point new sessions at `self.engine` (after the database was re-keyed). Every session
        signs what it writes and checks every signed row it loads (`haart_archive.signatures`)."""
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info={"signatures": self.signatures})
        if self.server is not None:
            follow_changes(self._sessions)

    def save_header(self, header: VaultHeader, session: Session | None = None) -> None:
        """Replace the vault header: the folder's file, or the server's row (in `session`'s
        transaction when given, so the header and the rows it goes with commit together)."""
        if self.server is not None:
            self.server.save_header(header, session)
        else:
            write_header(self.folder, header)
        self.header = header

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        self.ensure_open()
        session = self._sessions()
        try:
            if self.server is not None:
                self.server.lock_writes(session)
            yield session
            session.commit()
        except MemoryError:
            # SQLCipher reports a page it cannot decrypt while writing as "out of memory".
            session.rollback()
            raise DamagedFile(
                Message(
                    "The database could not be written: part of it is damaged (or memory ran "
                    "out). Nothing was changed.",
                )
            ) from None
        except OperationalError as error:
            session.rollback()
            raise _storage_error(error) from None
        except DatabaseError as error:
            session.rollback()
            if is_damage(error):
                raise DamagedFile(
                    Message(
                        "The database could not be read or written: part of it is damaged. Restore "
                        "the archive from a backup.",
                    )
                ) from None
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read(self) -> Session:
        """A session for reading only (use as a context manager)."""
        self.ensure_open()
        return self._sessions()

    def ensure_open(self) -> None:
        if self.locked:
            raise ArchiveLocked(Message("The archive is locked. Unlock it to continue."))

    def require(self, action: str) -> None:
        self.ensure_open()
        require(self.user.role, action)

    def can_read(self, tier: Tier) -> bool:
        return self.keyring.has(tier)

    @property
    def user_row_id(self) -> str | None:
        """The user id to store in 'created by' columns (none for the recovery key)."""
        return None if self.user.id == "recovery" else self.user.id


def is_damage(error: DatabaseError) -> bool:
    """True when SQLCipher or SQLite report a damaged or foreign file (not a bug of ours)."""
    message = str(error.orig).lower() if error.orig else ""
    return any(sign in message for sign in ("not a database", "malformed", "hmac", "corrupt"))


def _storage_error(error: OperationalError) -> Exception:
    message = str(error.orig).lower() if error.orig else ""
    if "full" in message:
        return DamagedFile(Message(
            "The disk is full: nothing was changed. Free some space and try again.",
        ))
    if "locked" in message or "busy" in message:
        return InvalidInput(Message("The archive is busy with another task; try again in a moment."))
    return DamagedFile(Message("The database could not be written; nothing was changed."))
