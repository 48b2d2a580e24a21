"""The SQLCipher engine: the whole database file is encrypted under the `store` key."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, ExceptionContext
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from haart_archive.errors import DamagedFile
from haart_archive.messages import Message

DATABASE_NAME = "archive.db"


def store_database_key(store_key: bytes) -> str:
    """The raw-key PRAGMA value: SQLCipher skips its own KDF for an `x'...'` key."""
    return f"\"x'{store_key.hex()}'\""


def make_engine(database: Path, store_key: bytes) -> Engine:
    """An engine whose every connection is keyed and hardened before first use."""
    # A small pool rather than NullPool: opening a SQLCipher connection runs the key and
    # every PRAGMA again and closing it checkpoints the WAL, which made each short session
    # cost milliseconds. The pool is emptied (connections closed) when the archive locks.
    _make_private(database)
    engine = create_engine(
        f"sqlite:///{database}",
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        connect_args={"check_same_thread": False},
        future=True,
    )
    pragma_key = store_database_key(store_key)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:  # SQLAlchemy's callback
        # The key must be the first statement on a connection; then WAL for crash safety,
        # secure_delete so freed pages are zeroed, and temp tables only in memory.
        cursor = dbapi_connection.cursor()
        # SQLCipher logs decryption failures to stderr; the app reports them itself.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA key = {pragma_key}")
        cursor.execute("PRAGMA cipher_memory_security = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Connection) -> None:
        # pysqlite's own transaction handling is disabled below; one writer at a time
        # anyway, and BEGIN IMMEDIATE makes a write conflict show at the start.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect", insert=True)
    def _no_implicit_transactions(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "handle_error")
    def _plain_words(context: ExceptionContext) -> None:
        # Damage and a full disk are facts about the user's files, not bugs: say so plainly
        # wherever the query came from.
        replacement = storage_error(context.original_exception)
        if replacement is not None:
            raise replacement from None

    return engine


def storage_error(error: BaseException) -> DamagedFile | None:
    """The plain-words error for a SQLite/SQLCipher failure, or None for other errors."""
    message = str(error).lower()
    if any(sign in message for sign in ("not a database", "malformed", "hmac", "corrupt")):
        return DamagedFile(
            Message(
                "The database could not be read: part of it is damaged or was changed "
                "outside the app. Restore the archive from a backup (nothing more was "
                "changed).",
            )
        )
    if "disk is full" in message or "database or disk is full" in message:
        return DamagedFile(Message(
            "The disk is full: nothing was changed. Free some space and try again.",
        ))
    return None


def check_database(engine: Engine, database: Path) -> None:
    """Touch the schema so a wrong key or a damaged file shows now, in plain words."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DatabaseError:
        raise DamagedFile(
            Message(
                "The database '{name}' cannot be read: it is damaged or was changed outside "
                "the app. Restore it from a backup.",
                name=database.name,
            )
        ) from None


def _make_private(database: Path) -> None:
    """Only the owner may read the database: SQLite gives its -wal and -shm files the mode of
    the database file, so create it 0600 (an empty file is a new database to SQLite) and
    tighten archives made before this rule."""
    if not database.parent.is_dir():
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for path in (database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        with contextlib.suppress(OSError):
            if path.exists() and os.name != "nt":
                os.chmod(path, 0o600)
