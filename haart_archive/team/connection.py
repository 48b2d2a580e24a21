"""Server URLs and engines: TLS beyond localhost, errors in plain words, never a value.

`postgresql://user@host:port/db` (a password may come from the URL, PGPASSWORD or
~/.pgpass, as libpq reads them). Every statement carries only ids, states, times and
ciphertext as bound parameters, so neither the server's log nor its error messages can
hold anything a user typed. A lost connection becomes `ServerUnavailable`; the pool checks
each connection before use, so a restarted server is reconnected to without a restart here.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from haart_archive.errors import EditConflict, InvalidInput, NotPermitted, ServerUnavailable, WrongPassphrase
from haart_archive.messages import Message

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
LOCAL_HOSTS = {"localhost", ""}


def is_server_url(location: object) -> bool:
    """True when an archive location names a database server rather than a folder."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def display_url(url: str) -> str:
    """The URL without its password, for messages and titles."""
    try:
        return make_url(_normalise(url)).render_as_string(hide_password=True).replace("+psycopg", "")
    except ArgumentError:
        return "(a server address that cannot be read)"


def _normalise(url: str) -> str:
    for scheme in SCHEMES:
        if url.lower().startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    raise InvalidInput(Message("'{url}' is not a PostgreSQL address (postgresql://user@host:port/db).",
                               url=url.split("@")[-1]))


def is_local_host(host: str | None) -> bool:
    """Loopback and Unix sockets need no TLS; everything else does."""
    if host is None or host in LOCAL_HOSTS or host.startswith("/"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server_engine(url: str, *, pool_size: int = 2) -> Engine:
    """An engine for the archive's database: TLS required unless the host is local."""
    try:
        parsed = make_url(_normalise(url))
    except ArgumentError:
        raise InvalidInput(Message("The server address cannot be read; write it as "
                                   "postgresql://user@host:port/database.")) from None
    if not parsed.database:
        raise InvalidInput(Message("The server address names no database: add /database at its end."))
    query = dict(parsed.query)
    local = is_local_host(parsed.host or os.environ.get("PGHOST"))
    sslmode = str(query.get("sslmode", "" if local else "require"))
    if not local and sslmode in {"disable", "allow", "prefer"}:
        raise InvalidInput(Message(
            "Connections to a server beyond this computer must use TLS; remove sslmode={mode} from "
            "the address.", mode=sslmode))
    if sslmode:
        query["sslmode"] = sslmode
    parsed = parsed.set(query=query)
    engine = create_engine(
        parsed,
        pool_size=pool_size,
        max_overflow=4,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10, "application_name": "haart-archive"},
    )

    @event.listens_for(engine, "handle_error")
    def _plain_words(context: ExceptionContext) -> None:
        replacement = server_error(context.original_exception, context.is_disconnect)
        if replacement is not None:
            raise replacement from None

    return engine


def server_error(error: BaseException, disconnect: bool = False) -> Exception | None:
    """The typed error for a failure the server reported, or None for a bug of ours."""
    import psycopg.errors as pg

    if isinstance(error, DBAPIError):
        error = error.orig or error
    said = str(error).lower()
    if isinstance(error, pg.OperationalError) and (
        "authentication failed" in said or ("role" in said and "does not exist" in said)
        or "no pg_hba.conf entry" in said or "permission denied for database" in said
    ):
        return WrongPassphrase(Message(
            "The server refused this database login: check the login name and its password (from the "
            "address, PGPASSWORD or ~/.pgpass), and that the server lets it connect."))
    if isinstance(error, pg.OperationalError) and "database" in said and "does not exist" in said:
        return InvalidInput(Message(
            "The server has no database of that name; ask its administrator to create it (an empty one "
            "for a new archive)."))
    if disconnect or isinstance(error, pg.OperationalError | pg.InterfaceError) and not isinstance(
        error, pg.QueryCanceled | pg.LockNotAvailable | pg.DeadlockDetected | pg.SerializationFailure
    ):
        return ServerUnavailable(Message(
            "The archive's server cannot be reached (the network is down or the server is "
            "restarting). Nothing was saved; what you were saving is still here: try again "
            "when the server is back."))
    if isinstance(error, pg.InsufficientPrivilege):
        return NotPermitted("database", Message(
            "do this with this database login (the server refused it: the login's database "
            "role does not allow it)"))
    if isinstance(error, pg.DeadlockDetected | pg.SerializationFailure | pg.LockNotAvailable):
        return EditConflict(Message(
            "Another user was saving at the same moment; nothing was saved. Try again."))
    return None


def cache_root() -> Path:
    """Where this desktop keeps its sealed search indexes of server archives."""
    configured = os.environ.get("HAART_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if os.name == "nt" else None) or Path.home() / ".cache"
    return Path(base) / "haart-archive"
