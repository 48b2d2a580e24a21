"""Opening ceremonies for an archive on a server: as for a folder (`haart_archive.opening`),
with the header read from its table, no folder lock (many users at once is the point), and
a local cache folder per archive for this desktop's sealed search index."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from haart_archive.anchor import forget_anchor, read_anchor
from haart_archive.audit import now_text
from haart_archive.context import Context
from haart_archive.errors import ArchiveError, InvalidInput, NeedsCustodian, WrongPassphrase
from haart_archive.messages import Message
from haart_archive.opening import (
    RECOVERY_USER,
    add_first_custodian,
    check_not_rolled_back,
    current_user,
    first_custodian_keys,
    session_signatures,
    slot_changed,
    update_anchor,
)
from haart_archive.roles import Role, slot_grant
from haart_archive.signatures import Signatures
from haart_archive.store import migrate
from haart_archive.store.models import new_id
from haart_archive.team.blobs import ServerBlobStore
from haart_archive.team.connection import cache_root, make_server_engine
from haart_archive.team.store import ServerStore
from haart_archive.types.users import CurrentUser
from haart_archive.vault.header import RECOVERY_SLOT_ID, SlotGrant, VaultHeader, new_header, read_header
from haart_archive.vault.kdf import KdfParams, calibrate
from haart_archive.vault.keys import KeyRing
from haart_archive.vault.passphrases import check_passphrase
from haart_archive.vault.recovery import generate_recovery_key, normalise_recovery_key
from haart_archive.vault.unlocking import Credentials, unlock

__all__ = ["RECOVERY_USER", "NoLock", "connect", "create_server", "unlock_server"]


class NoLock:
    """A server archive is shared: there is no lock to hold (writers serialise per transaction)."""

    held = False

    def release(self) -> None:
        pass


def connect(url: str) -> ServerStore:
    return ServerStore(url, make_server_engine(url))


def unlock_server(url: str, credentials: Credentials) -> tuple[Context, NoLock]:
    store = connect(url)
    try:
        header = store.read_header()
        try:
            grant = unlock(header, credentials)
        except WrongPassphrase:
            reason = "wrong recovery key" if credentials.recovery_key else "wrong user name or passphrase"
            _note_failed_unlock(store, header, credentials.typed_user, reason)
            raise
        keyring = KeyRing(list(grant.keys), grant.roster_seed, grant.user_seed)
        keyring.signing_user = grant.user_id
        header.verify_mac(keyring)
        migrate.upgrade_shared(store.engine)
        if grant.pins is None:
            raise NeedsCustodian(Message(
                "This archive was made by an older version of the app: a custodian must unlock it "
                "once (to sign its records) before other roles can use it.",
            ))
        cache = _cache_folder(header)
        anchor = read_anchor(header.archive_id, cache)
        if anchor is not None and anchor.roster and anchor.roster != grant.pins.roster.hex():
            raise slot_changed()
        if not grant.pinned_in_slot:
            header = _pin_own_slot(store, header, grant, keyring, credentials)
        signatures = session_signatures(header, grant, keyring)
        user = current_user(store.engine, keyring, grant, signatures)
        context = server_context(store, header, keyring, user, signatures)
        check_not_rolled_back(context)
        _record_unlock(context)
        return context, NoLock()
    except BaseException:
        store.engine.dispose()
        raise


def _pin_own_slot(store: ServerStore, header: VaultHeader, grant: SlotGrant, keyring: KeyRing,
                  credentials: Credentials) -> VaultHeader:
    # Slots made before signatures learn their pins once, at their owner's first unlock.
    slot = header.find(grant.slot_id)
    secret = (normalise_recovery_key(credentials.recovery_key) if credentials.recovery_key
              else credentials.passphrase).encode()
    header = header.with_slot(grant.slot_id, secret, slot.kdf, grant).signed(keyring)
    store.save_header(header)
    return header


def create_server(url: str, custodian: str, passphrase: str, kdf: KdfParams | None) -> tuple[Context, NoLock, str]:
    """Make a new archive in an empty database; returns the session, its (no) lock and the
    recovery key. Everything is written in one transaction: a failure leaves no half archive."""
    check_passphrase(passphrase)
    store = connect(url)
    try:
        _check_empty(store.engine, store.display)
        kdf = kdf or calibrate()
        custodian_id = new_id()
        keyring, pins = first_custodian_keys(custodian_id)
        header = new_header()
        slot_id = header.slot_id_for_user(custodian)
        recovery_key = generate_recovery_key()
        header = header.with_slot(slot_id, passphrase.encode(), kdf,
                                  slot_grant(keyring, custodian_id, Role.CUSTODIAN, pins))
        header = header.with_slot(RECOVERY_SLOT_ID, recovery_key.encode(), kdf,
                                  slot_grant(keyring, RECOVERY_SLOT_ID, Role.CUSTODIAN, pins))
        header = header.with_inbox_for(keyring).signed(keyring)
        migrate.upgrade_shared(store.engine)
        user = CurrentUser(custodian_id, " ".join(custodian.split()), Role.CUSTODIAN)
        signatures = Signatures(header.archive_id, pins, custodian_id, keyring.user_seed, keyring.roster_seed)
        context = server_context(store, header, keyring, user, signatures)
        with context.transaction() as session:
            store.insert_header(session, header)
            add_first_custodian(context, session, slot_id)
        update_anchor(context)
        return context, NoLock(), recovery_key
    except BaseException:
        store.engine.dispose()
        raise


def server_context(store: ServerStore, header: VaultHeader, keyring: KeyRing, user: CurrentUser,
                   signatures: Signatures | None) -> Context:
    return Context(_cache_folder(header), _cache_folder(header), header, keyring, store.engine, user,
                   ServerBlobStore(store.engine), signatures, server=store)


def forget_server_anchor(folder: Path) -> None:
    """A backup restored on purpose (`folder` holds it) starts a new anchor on this desktop,
    as a folder restore does."""
    header = read_header(folder)
    forget_anchor(header.archive_id, _cache_folder(header))


def _cache_folder(header: VaultHeader) -> Path:
    cache = cache_root() / f"archive-{header.archive_id}"
    cache.mkdir(parents=True, exist_ok=True, mode=0o700)
    return cache


def _check_empty(engine: Engine, display: str) -> None:
    tables = inspect(engine).get_table_names()
    if "vault_record" in tables:
        raise InvalidInput(Message("The database at {url} already holds an archive; choose an empty database.",
                                   url=display))
    if tables:
        raise InvalidInput(Message("The database at {url} is not empty; create an empty database for the archive.",
                                   url=display))


def _note_failed_unlock(store: ServerStore, header: VaultHeader, typed_user: str, reason: str) -> None:
    if header.inbox_public_key:
        note = json.dumps({"at": now_text(), "user": typed_user, "reason": reason}).encode()
        store.add_unlock_note(base64.b64encode(header.seal_for_inbox(note)))


def _record_unlock(context: Context) -> None:
    store = context.server
    with context.transaction() as session:
        notes = store.unlock_notes(session)
        for _note_id, sealed in notes:
            try:
                note = json.loads(context.header.open_inbox_note(context.keyring, base64.b64decode(sealed)))
            except Exception:  # a note nobody can read is dropped, as in the folder
                continue
            context.audit.record(
                session, "failed unlock",
                detail={"typed_user": note.get("user", ""), "reason": note.get("reason", "")},
                at=note.get("at"), actor="(unknown)",
            )
        store.drop_unlock_notes(session, [note_id for note_id, _ in notes])
        context.audit.record(session, "unlocked", "user", context.user.id)
        if context.keyring.roster_seed:
            context.audit.write_checkpoint(session)
    update_anchor(context)


def server_holds_archive(url: str) -> bool:
    store = connect(url)
    try:
        return store.holds_archive()
    except ArchiveError:
        return False
    finally:
        store.engine.dispose()


def check_server_holds_archive(url: str) -> None:
    store = connect(url)
    try:
        store.read_header()
    finally:
        store.engine.dispose()
