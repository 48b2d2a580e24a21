"""Opening ceremonies: from a folder and a credential to an unlocked session, and back.

Unlocking reads the vault header, takes the folder's lock (so a second running copy is told
at once, before any key derivation), finds the slot the credential opens with one successful
Argon2 derivation (see `vault.unlocking`), checks the header's MAC, opens the database with
the newest store key that works, runs the migrations, finds the signed-in user and audits the
unlock with the failed unlocks noted since. Creating makes the keys, the database, the
custodian and the header with their slot and the recovery slot.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from haart_archive.audit import clear_failed_unlocks, drain_failed_unlocks, note_failed_unlock
from haart_archive.context import Context
from haart_archive.errors import DamagedFile, InvalidInput, WrongPassphrase
from haart_archive.lockfile import ArchiveLock
from haart_archive.media.blobs import BLOB_FOLDER, BlobStore
from haart_archive.messages import Message
from haart_archive.roles import Role, slot_grant
from haart_archive.store import migrate
from haart_archive.store.engine import DATABASE_NAME, check_database, make_engine
from haart_archive.store.models import User, new_id
from haart_archive.store.sealing import Sealer
from haart_archive.types.users import CurrentUser
from haart_archive.vault.header import (
    HEADER_NAME,
    RECOVERY_SLOT_ID,
    SlotGrant,
    VaultHeader,
    new_header,
    read_header,
    write_header,
)
from haart_archive.vault.kdf import KdfParams, calibrate
from haart_archive.vault.keys import KeyRing, Tier, TierKey
from haart_archive.vault.passphrases import check_passphrase
from haart_archive.vault.recovery import generate_recovery_key
from haart_archive.vault.unlocking import Credentials, unlock

RECOVERY_USER = CurrentUser(id="recovery", name="Recovery key", role=Role.CUSTODIAN)


def unlock_folder(folder: Path, credentials: Credentials) -> tuple[Context, ArchiveLock]:
    """The unlocked session of the archive in `folder`, with its folder lock held.
    Wrong credentials raise WrongPassphrase (and are noted for the audit log); a second
    running copy raises ArchiveInUse."""
    header = read_header(folder)
    lock = ArchiveLock(folder)
    lock.acquire()
    try:
        try:
            grant = unlock(header, credentials)
        except WrongPassphrase:
            reason = "wrong recovery key" if credentials.recovery_key else "wrong user name or passphrase"
            note_failed_unlock(folder, header, credentials.typed_user, reason)
            raise
        context = _session(folder, header, grant)
        _record_unlock(context)
        return context, lock
    except BaseException:
        lock.release()
        raise


def create_folder(
    folder: Path, custodian: str, passphrase: str, kdf: KdfParams | None
) -> tuple[Context, ArchiveLock, str]:
    """Make a new archive in an empty folder: the open session, its lock and the recovery
    key, which is shown once and never stored in a readable form."""
    _prepare_empty_folder(folder)
    check_passphrase(passphrase)
    kdf = kdf or calibrate()
    lock = ArchiveLock(folder)
    lock.acquire()
    try:
        keyring = KeyRing([TierKey.generate(tier) for tier in Tier])
        header = new_header()
        custodian_id = new_id()
        slot_id = header.slot_id_for_user(custodian)
        recovery_key = generate_recovery_key()
        engine = make_engine(folder / DATABASE_NAME, keyring.current(Tier.STORE).key)
        migrate.upgrade(engine)
        user = CurrentUser(custodian_id, " ".join(custodian.split()), Role.CUSTODIAN)
        context = _context(folder, header, keyring, engine, user)
        with context.transaction() as session:
            row = User(id=custodian_id, slot_id=slot_id, role=Role.CUSTODIAN.value)
            context.sealer.seal_text(row, "name_sealed", user.name)
            session.add(row)
            context.audit.record(session, "archive created")
        header = header.with_slot(
            slot_id, passphrase.encode(), kdf, slot_grant(keyring, custodian_id, Role.CUSTODIAN)
        )
        recovery_grant = SlotGrant("recovery", Role.CUSTODIAN.value, tuple(keyring.all_keys()))
        header = header.with_slot(RECOVERY_SLOT_ID, recovery_key.encode(), kdf, recovery_grant)
        header = header.with_inbox_for(keyring).signed(keyring)
        write_header(folder, header)
        context.header = header
    except BaseException:
        lock.release()
        raise
    return context, lock, recovery_key


def holds_archive(folder: Path) -> bool:
    """True when `folder` holds a readable archive header and a database (nothing is unlocked)."""
    try:
        read_header(folder)
    except (DamagedFile, OSError):
        return False
    return (folder / DATABASE_NAME).exists()


def check_holds_archive(folder: Path) -> None:
    """Raise a clear error unless `folder` holds an archive (nothing is unlocked)."""
    read_header(folder)


def close_session(context: Context, lock: ArchiveLock) -> None:
    """Forget the keys, close the database and release the folder."""
    context.locked = True
    context.keyring.forget()
    context.engine.dispose()
    lock.release()


def _session(folder: Path, header: VaultHeader, grant: SlotGrant) -> Context:
    keyring = KeyRing(list(grant.keys))
    header.verify_mac(keyring)
    engine = _open_database(folder, keyring)
    migrate.upgrade(engine)
    user = _current_user(engine, keyring, grant)
    return _context(folder, header, keyring, engine, user)


def _context(folder: Path, header: VaultHeader, keyring: KeyRing, engine: Engine, user: CurrentUser) -> Context:
    return Context(folder, folder / DATABASE_NAME, header, keyring, engine, user, BlobStore(folder / BLOB_FOLDER))


def _record_unlock(context: Context) -> None:
    notes = drain_failed_unlocks(context.folder, context.header, context.keyring)
    with context.transaction() as session:
        for note in notes:
            context.audit.record(
                session, "failed unlock",
                detail={"typed_user": note.get("user", ""), "reason": note.get("reason", "")},
                at=note.get("at"), actor="(unknown)",
            )
        context.audit.record(session, "unlocked", "user", context.user.id)
    clear_failed_unlocks(context.folder)


def _prepare_empty_folder(folder: Path) -> None:
    if folder.exists():
        if not folder.is_dir():
            raise InvalidInput(Message("'{folder}' is a file, not a folder.", folder=folder))
        if (folder / HEADER_NAME).exists():
            raise InvalidInput(Message(
                "'{folder}' already holds an archive; choose an empty folder.",
                folder=folder,
            ))
        if any(folder.iterdir()):
            raise InvalidInput(Message(
                "'{folder}' is not empty; choose an empty or new folder.",
                folder=folder,
            ))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        os.chmod(folder, 0o700)


def _open_database(folder: Path, keyring: KeyRing) -> Engine:
    """Try the newest store key first; an interrupted rotation may have left the older."""
    database = folder / DATABASE_NAME
    if not database.exists():
        raise DamagedFile(Message(
            "The archive in '{folder}' has lost its database file '{database_name}'.",
            folder=folder,
            database_name=DATABASE_NAME,
        ))
    versions = sorted((k for k in keyring.all_keys() if k.tier == Tier.STORE), key=lambda k: -k.version)
    last_error: Exception | None = None
    for store_key in versions:
        engine = make_engine(database, store_key.key)
        try:
            check_database(engine, database)
            return engine
        except DamagedFile as error:
            engine.dispose()
            last_error = error
    raise last_error or DamagedFile(Message("The archive's database cannot be opened."))


def _current_user(engine: Engine, keyring: KeyRing, grant: SlotGrant) -> CurrentUser:
    if grant.user_id == "recovery":
        return RECOVERY_USER
    with Session(engine) as session:
        row = session.scalars(select(User).where(User.id == grant.user_id)).first()
        if row is None or row.removed_at is not None:
            raise WrongPassphrase(Message("That user name and passphrase do not open this archive."))
        name = Sealer(keyring, grant.role).open_text(row, "name_sealed")
    return CurrentUser(row.id, name, Role(row.role))
