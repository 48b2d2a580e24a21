"""Moving an archive between a folder and a server, all or nothing, verified.

Nothing is decrypted on the way: rows are copied column for column (every sealed value is
bound to its table, column and row id, which stay the same), blobs byte for byte (a blob
file is its parts), the header as it is. The custodian's credentials are needed only to
open the folder's database (SQLCipher, under the store key) and to check the copy; the
source is read, never written (no unlock is audited there), and held locked meanwhile.

To a server: the schema and every row go in one transaction, read back through the server
and compared with the source before it commits. To a folder: the copy is built in a hidden
sibling folder, read back and compared, then renamed into place. Either way the copy is
then opened with the same credentials and every sealed value and blob it holds is
authenticated (`check`); if that fails the copy is removed again.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from haart_archive.audit import INBOX_NAME, AuditLog
from haart_archive.context import Context
from haart_archive.errors import DamagedFile, InvalidInput, NotPermitted
from haart_archive.fileutil import atomic_write_bytes
from haart_archive.lockfile import ArchiveLock
from haart_archive.media.blobs import BLOB_FOLDER, HEADER_BYTES, SEALED_CHUNK_SIZE, SUFFIX, BlobStore
from haart_archive.messages import Message
from haart_archive.opening import session_signatures
from haart_archive.roles import Role
from haart_archive.signatures import Signatures
from haart_archive.store import migrate
from haart_archive.store.engine import DATABASE_NAME, check_database, make_engine
from haart_archive.store.models import Base
from haart_archive.store.sealing import Sealer
from haart_archive.tasks import Progress
from haart_archive.team.blobs import ServerBlobStore
from haart_archive.team.connection import is_server_url
from haart_archive.team.opening import _check_empty, connect
from haart_archive.team.store import ServerStore
from haart_archive.vault.header import VaultHeader, read_header, write_header
from haart_archive.vault.keys import KeyRing, Tier
from haart_archive.vault.unlocking import Credentials, unlock

# Tables that hold, in a folder, what the folder keeps as files.
TEAM_TABLES = {"vault_record", "unlock_note", "blob_chunk", "change_entry"}


@dataclass(frozen=True)
class MoveReport:
    rows: int
    blobs: int
    blob_bytes: int
    target: str


@dataclass
class _Source:
    header: VaultHeader
    keyring: KeyRing
    reader: Connection  # one transaction: a consistent snapshot even while others write
    blob_names: list[str]
    notes: list[bytes]
    read_blob: Callable[[str], Iterator[bytes]]
    user_id: str = "recovery"
    signatures: Signatures | None = None  # the mover signs the audit entry of the move


Check = Callable[[str | Path, Credentials], None]  # opens the copy and raises unless it checks out


def move_archive(source: str | Path, target: str | Path, credentials: Credentials,
                 check: Check, progress: Progress | None = None, action: str | None = None) -> MoveReport:
    if is_server_url(source) == is_server_url(target):
        raise InvalidInput(Message("Move an archive from a folder to a server address, or from a server to a folder."))
    if is_server_url(target):
        return _folder_to_server(Path(source), str(target), credentials, check, progress,
                                 action or "archive moved from a folder to a server")
    return _server_to_folder(str(source), Path(target), credentials, check, progress)


# -- folder -> server ------------------------------------------------------------------------
def _folder_to_server(folder: Path, url: str, credentials: Credentials, check: Check,
                      progress: Progress | None, action: str = "archive moved from a folder to a server") -> MoveReport:
    header = read_header(folder)
    lock = ArchiveLock(folder)
    lock.acquire()  # nobody changes the folder while it is copied
    try:
        keyring, user_id, signatures = _custodian_keys(header, credentials)
        engine = _folder_engine(folder, keyring)
        try:
            if migrate.current_revision(engine) != migrate.head_revision():
                raise InvalidInput(Message("Open the archive once with this version of the app (it upgrades it), "
                                           "then move it."))
            blob_dir = folder / BLOB_FOLDER
            names = sorted(p.name[: -len(SUFFIX)] for p in blob_dir.glob(f"*{SUFFIX}")) if blob_dir.exists() else []
            notes = (folder / INBOX_NAME).read_bytes().splitlines() if (folder / INBOX_NAME).exists() else []
            store = connect(url)
            try:
                with engine.connect() as reader:
                    source = _Source(header, keyring, reader, names, [n for n in notes if n.strip()],
                                     lambda name: _file_parts(blob_dir / f"{name}{SUFFIX}"), user_id, signatures)
                    report = _copy_to_server(source, store, progress, action)
            finally:
                store.engine.dispose()
        finally:
            engine.dispose()
    finally:
        lock.release()
    _check_copy(url, credentials, check, lambda: _drop_server_copy(url))
    return report


def _copy_to_server(source: _Source, store: ServerStore, progress: Progress | None, action: str) -> MoveReport:
    _check_empty(store.engine, store.display)
    blobs = ServerBlobStore(store.engine)
    with store.engine.begin() as target:  # schema, rows, blobs: one transaction
        _migrate_in(target)
        rows = _copy_rows(source.reader, target, skip=TEAM_TABLES, progress=progress)
        session = Session(bind=target)
        store.insert_header(session, source.header)
        for note in source.notes:
            store_note = {"id": secrets.token_hex(16), "note": note}
            session.execute(insert(Base.metadata.tables["unlock_note"]).values(**store_note))
        blob_bytes = 0
        for name in source.blob_names:
            parts = list(source.read_blob(name))
            blobs.put_raw(target, name, parts)
            blob_bytes += sum(map(len, parts))
        session.flush()
        _verify_rows(source.reader, target, skip=TEAM_TABLES)
        for name in source.blob_names:
            if list(_server_parts(target, name)) != list(source.read_blob(name)):
                raise DamagedFile(Message("The server did not keep media file {name} as sent; nothing was moved.",
                                          name=name))
        _audit_move(session, source, action)
        session.flush()
    return MoveReport(rows, len(source.blob_names), blob_bytes, store.display)


def _drop_server_copy(url: str) -> None:
    store = connect(url)
    try:
        with store.engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{table.name}" CASCADE')
            connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    finally:
        store.engine.dispose()


# -- server -> folder ------------------------------------------------------------------------
def _server_to_folder(url: str, folder: Path, credentials: Credentials, check: Check,
                      progress: Progress | None) -> MoveReport:
    store = connect(url)
    try:
        header = store.read_header()
        keyring, user_id, signatures = _custodian_keys(header, credentials)
        report = copy_server_to_folder(store.engine, header, keyring, user_id, folder, progress,
                                       "archive moved from a server to a folder", signatures)
    finally:
        store.engine.dispose()
    _check_copy(folder, credentials, check, lambda: shutil.rmtree(folder, ignore_errors=True))
    return report


def copy_server_to_folder(engine: Engine, header: VaultHeader, keyring: KeyRing, user_id: str, folder: Path,
                          progress: Progress | None = None, action: str | None = None,
                          signatures: Signatures | None = None) -> MoveReport:
    """Copy the archive on a server into a new folder, from one snapshot of the server (so
    others may go on working); audited in the copy as `action`. Also the first step of a
    backup of a server archive."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InvalidInput(Message("'{folder}' is not empty; choose a new or empty folder.", folder=folder))
    staging = folder.parent / f".{folder.name}.moving-{secrets.token_hex(6)}"
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as reader, reader.begin():
            notes = [row.note for row in reader.execute(select(Base.metadata.tables["unlock_note"]))]
            names = list(reader.scalars(select(Base.metadata.tables["blob_chunk"].c.blob_name).distinct()
                                        .order_by(Base.metadata.tables["blob_chunk"].c.blob_name)))
            source = _Source(header, keyring, reader, names, notes, lambda name: _server_parts(reader, name),
                             user_id, signatures)
            report = _copy_to_folder(source, staging, progress, action)
        if folder.exists():
            folder.rmdir()
        os.rename(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return MoveReport(report.rows, report.blobs, report.blob_bytes, str(folder))


def _copy_to_folder(source: _Source, staging: Path, progress: Progress | None, action: str | None) -> MoveReport:
    staging.mkdir(mode=0o700, parents=True)
    (staging / BLOB_FOLDER).mkdir(mode=0o700)
    engine = make_engine(staging / DATABASE_NAME, source.keyring.current(Tier.STORE).key)
    try:
        with engine.begin() as target:
            _migrate_in(target)
            rows = _copy_rows(source.reader, target, skip=TEAM_TABLES, progress=progress)
            _verify_rows(source.reader, target, skip=TEAM_TABLES)
            if action:
                _audit_move(Session(bind=target), source, action)
    finally:
        engine.dispose()
    blob_bytes = 0
    for name in source.blob_names:
        data = b"".join(source.read_blob(name))
        atomic_write_bytes(staging / BLOB_FOLDER / f"{name}{SUFFIX}", data)
        if (staging / BLOB_FOLDER / f"{name}{SUFFIX}").read_bytes() != data:
            raise DamagedFile(Message("Media file {name} was not written whole; nothing was moved.", name=name))
        blob_bytes += len(data)
    if source.notes:
        atomic_write_bytes(staging / INBOX_NAME, b"".join(note.rstrip(b"\n") + b"\n" for note in source.notes))
    write_header(staging, source.header)
    return MoveReport(rows, len(source.blob_names), blob_bytes, str(staging))


# -- shared ----------------------------------------------------------------------------------
def _custodian_keys(header: VaultHeader, credentials: Credentials) -> tuple[KeyRing, str, Signatures]:
    grant = unlock(header, credentials)
    if grant.role != Role.CUSTODIAN.value:
        raise NotPermitted(grant.role, "move the archive")
    if grant.pins is None:
        raise InvalidInput(Message("Open the archive once with this version of the app (it upgrades it), "
                                   "then move it."))
    keyring = KeyRing(list(grant.keys), grant.roster_seed, grant.user_seed)
    keyring.signing_user = grant.user_id
    header.verify_mac(keyring)
    return keyring, grant.user_id, session_signatures(header, grant, keyring)


def _folder_engine(folder: Path, keyring: KeyRing) -> Engine:
    versions = sorted((k for k in keyring.all_keys() if k.tier == Tier.STORE), key=lambda k: -k.version)
    last: Exception | None = None
    for key in versions:
        engine = make_engine(folder / DATABASE_NAME, key.key)
        try:
            check_database(engine, folder / DATABASE_NAME)
            return engine
        except DamagedFile as error:
            engine.dispose()
            last = error
    raise last or DamagedFile(Message("The archive's database cannot be opened."))


def _migrate_in(connection: Connection) -> None:
    config = migrate._config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _tables(skip: set[str]) -> list[Table]:
    return [table for table in Base.metadata.sorted_tables if table.name not in skip]


def _ordered_rows(connection: Connection, table: Table) -> list[tuple]:
    return [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]


def _copy_rows(reader: Connection, target: Connection, skip: set[str], progress: Progress | None) -> int:
    tables = _tables(skip)
    copied = 0
    for done, table in enumerate(tables):
        rows = _parents_first(table, _ordered_rows(reader, table))
        names = [column.name for column in table.columns]
        for start in range(0, len(rows), 500):
            batch = [dict(zip(names, row, strict=True)) for row in rows[start:start + 500]]
            target.execute(insert(table), batch)
        copied += len(rows)
        if progress:
            progress(done + 1, len(tables))
    return copied


def _parents_first(table: Table, rows: list[tuple]) -> list[tuple]:
    """Rows of a table that points at itself (derived media), each after the row it points at."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    names = [column.name for column in table.columns]
    key, ref = names.index(table.primary_key.columns.values()[0].name), names.index(self_refs[0])
    placed: set = set()
    ordered: list[tuple] = []
    pending = rows
    while pending:
        ready = [row for row in pending if row[ref] is None or row[ref] in placed]
        if not ready:
            raise DamagedFile(Message("The media records point at each other in a loop; nothing was moved."))
        ordered += ready
        placed |= {row[key] for row in ready}
        pending = [row for row in pending if row[key] not in placed]
    return ordered


def _verify_rows(reader: Connection, target: Connection, skip: set[str]) -> None:
    for table in _tables(skip):
        if _ordered_rows(reader, table) != _ordered_rows(target, table):
            raise DamagedFile(Message(
                "The copy of the {table} table differs from the archive's; nothing was moved.",
                table=table.name.replace("_", " ")))


def _server_parts(connection: Connection, name: str) -> Iterator[bytes]:
    chunks = Base.metadata.tables["blob_chunk"]
    yield from connection.scalars(select(chunks.c.data).where(chunks.c.blob_name == name).order_by(chunks.c.part))


def _file_parts(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        yield handle.read(HEADER_BYTES)
        while part := handle.read(SEALED_CHUNK_SIZE):
            yield part


def _audit_move(session: Session, source: _Source, action: str) -> None:
    audit = AuditLog(Sealer(source.keyring, Role.CUSTODIAN.value), source.user_id, source.signatures,
                     source.keyring.roster_seed)
    audit.record(session, action)
    session.flush()


def _check_copy(location: str | Path, credentials: Credentials, check: Check, discard: Callable[[], None]) -> None:
    try:
        check(location, credentials)
    except BaseException:
        discard()
        raise


def server_copy_context(ctx: Context, folder: Path) -> Context:
    """The session of a folder copy of the open server archive `ctx` (same keys, same user),
    for backing it up with the folder's own backup code."""
    copy_server_to_folder(ctx.engine, ctx.header, ctx.keyring, ctx.user.id, folder, signatures=ctx.signatures)
    engine = _folder_engine(folder, ctx.keyring)
    return Context(folder, folder / DATABASE_NAME, ctx.header, ctx.keyring, engine, ctx.user,
                   BlobStore(folder / BLOB_FOLDER), ctx.signatures)
