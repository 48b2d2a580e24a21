"""Opening ceremonies: from a folder and a credential to an unlocked session, and back.

Unlocking reads the vault header, takes the folder's lock (so a second running copy is told
at once, before any key derivation), finds the slot the credential opens with one successful
Argon2 derivation (see `vault.unlocking`), checks the header's MAC, opens the database with
the newest store key that works, runs the migrations, finds the signed-in user and audits the
unlock with the failed unlocks noted since. Creating makes the keys, the database, the
custodian and the header with their slot and the recovery slot.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from haart_archive.anchor import Anchor, check_header_generation, read_anchor, rolled_back, write_anchor
from haart_archive.audit import clear_failed_unlocks, drain_failed_unlocks, note_failed_unlock
from haart_archive.context import Context
from haart_archive.errors import (
    ArchiveError,
    DamagedFile,
    InvalidInput,
    NeedsCustodian,
    TamperedRecord,
    WrongPassphrase,
)
from haart_archive.lockfile import ArchiveLock
from haart_archive.media.blobs import BLOB_FOLDER, BlobStore
from haart_archive.messages import Message
from haart_archive.roles import Role, slot_grant
from haart_archive.signatures import Signatures
from haart_archive.store import migrate
from haart_archive.store.engine import DATABASE_NAME, check_database, make_engine
from haart_archive.store.models import User, new_id
from haart_archive.store.sealing import Sealer
from haart_archive.types.users import CurrentUser
from haart_archive.upgrade import sign_legacy_archive
from haart_archive.vault import signing
from haart_archive.vault.header import (
    HEADER_NAME,
    RECOVERY_SLOT_ID,
    SlotGrant,
    VaultHeader,
    new_header,
    read_header,
    write_header,
    written_generation,
)
from haart_archive.vault.kdf import KdfParams, calibrate
from haart_archive.vault.keys import KeyRing, Tier, TierKey
from haart_archive.vault.passphrases import check_passphrase
from haart_archive.vault.recovery import generate_recovery_key, normalise_recovery_key
from haart_archive.vault.signing import Pins, user_seed
from haart_archive.vault.unlocking import Credentials, unlock

RECOVERY_USER = CurrentUser(id="recovery", name="Recovery key", role=Role.CUSTODIAN)


def unlock_folder(folder: Path, credentials: Credentials) -> tuple[Context, ArchiveLock]:
    """The unlocked session of the archive in `folder`, with its folder lock held.
    Wrong credentials raise WrongPassphrase (and are noted for the audit log); a second
    running copy raises ArchiveInUse."""
    header = read_header(folder)
    check_header_generation(folder, header.archive_id, header.generation)
    lock = ArchiveLock(folder)
    lock.acquire()
    try:
        try:
            grant = unlock(header, credentials)
        except WrongPassphrase:
            reason = "wrong recovery key" if credentials.recovery_key else "wrong user name or passphrase"
            note_failed_unlock(folder, header, credentials.typed_user, reason)
            raise
        context = _session(folder, header, grant, credentials)
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
        custodian_id = new_id()
        keyring, pins = first_custodian_keys(custodian_id)
        header = new_header()
        slot_id = header.slot_id_for_user(custodian)
        recovery_key = generate_recovery_key()
        engine = make_engine(folder / DATABASE_NAME, keyring.current(Tier.STORE).key)
        migrate.upgrade(engine)
        user = CurrentUser(custodian_id, " ".join(custodian.split()), Role.CUSTODIAN)
        signatures = Signatures(header.archive_id, pins, custodian_id, keyring.user_seed, keyring.roster_seed)
        context = _context(folder, header, keyring, engine, user, signatures)
        with context.transaction() as session:
            add_first_custodian(context, session, slot_id)
        header = header.with_slot(
            slot_id, passphrase.encode(), kdf, slot_grant(keyring, custodian_id, Role.CUSTODIAN, pins)
        )
        recovery_grant = slot_grant(keyring, RECOVERY_SLOT_ID, Role.CUSTODIAN, pins)
        header = header.with_slot(RECOVERY_SLOT_ID, recovery_key.encode(), kdf, recovery_grant)
        header = header.with_inbox_for(keyring).signed(keyring)
        write_header(folder, header)
        context.header = header
        update_anchor(context)
    except BaseException:
        lock.release()
        raise
    return context, lock, recovery_key


def first_custodian_keys(custodian_id: str) -> tuple[KeyRing, Pins]:
    """A new archive's keys: every tier, the roster key and the first custodian's signing key."""
    roster_seed = os.urandom(32)
    keyring = KeyRing([TierKey.generate(tier) for tier in Tier], roster_seed, user_seed(roster_seed, custodian_id))
    keyring.signing_user = custodian_id
    return keyring, Pins.of_roster_seed(roster_seed)


def add_first_custodian(context: Context, session: Session, slot_id: str) -> None:
    """The new archive's first roster entry, signed, and its first audit entry and checkpoint."""
    user = context.user
    row = User(id=user.id, slot_id=slot_id, role=Role.CUSTODIAN.value,
               signing_key=context.signatures.user_public_key(user.id))
    context.sealer.seal_text(row, "name_sealed", user.name)
    session.add(row)
    session.flush()
    context.signatures.load_roster(session)
    context.audit.record(session, "archive created")
    context.audit.write_checkpoint(session)


def session_signatures(header: VaultHeader, grant: SlotGrant, keyring: KeyRing) -> Signatures:
    """What the unlocked session signs with (the recovery slot signs as the roster) and checks against."""
    signer_seed = keyring.roster_seed if grant.user_id == RECOVERY_SLOT_ID else keyring.user_seed
    return Signatures(header.archive_id, grant.pins, grant.user_id, signer_seed, keyring.roster_seed)


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
    """Leave a checkpoint and move the anchor, forget the keys, close the database and
    release the folder."""
    # Locking must always forget the keys: a damaged database only loses the checkpoint.
    with contextlib.suppress(ArchiveError, SQLAlchemyError, OSError):
        if context.keyring.roster_seed:
            with context.transaction() as session:
                context.audit.write_checkpoint(session)
        update_anchor(context)
    context.locked = True
    context.keyring.forget()
    context.engine.dispose()
    lock.release()


def _session(folder: Path, header: VaultHeader, grant: SlotGrant, credentials: Credentials) -> Context:
    keyring = KeyRing(list(grant.keys), grant.roster_seed, grant.user_seed)
    keyring.signing_user = grant.user_id
    header.verify_mac(keyring)
    engine = _open_database(folder, keyring, header)
    try:
        migrate.upgrade(engine)
        if grant.pins is None:
            # An archive from before signatures: a custodian's unlock signs it all once.
            if grant.role != Role.CUSTODIAN.value:
                raise NeedsCustodian(Message(
                    "This archive was made by an older version of the app: a custodian must unlock it "
                    "once (to sign its records) before other roles can use it.",
                ))
            header, grant = sign_legacy_archive(folder, header, grant, keyring, engine, credentials)
        pins = grant.pins
        anchor = read_anchor(header.archive_id, folder)
        if anchor is not None and anchor.roster and anchor.roster != pins.roster.hex():
            raise slot_changed()
        if not grant.pinned_in_slot:
            # Slots made before the update learn their pins once, at their owner's first unlock.
            header = _pin_own_slot(folder, header, grant, keyring, credentials)
        signatures = session_signatures(header, grant, keyring)
        user = current_user(engine, keyring, grant, signatures)
        context = _context(folder, header, keyring, engine, user, signatures)
        check_not_rolled_back(context)
        return context
    except BaseException:
        engine.dispose()
        raise


def slot_changed() -> TamperedRecord:
    return TamperedRecord(Message(
        "Your key slot in the vault header was changed by someone who does not hold your passphrase; "
        "ask a custodian to check the archive.",
    ))


def _pin_own_slot(folder: Path, header: VaultHeader, grant: SlotGrant, keyring: KeyRing,
                  credentials: Credentials) -> VaultHeader:
    slot = header.find(grant.slot_id)
    secret = (normalise_recovery_key(credentials.recovery_key) if credentials.recovery_key
              else credentials.passphrase).encode()
    header = header.with_slot(grant.slot_id, secret, slot.kdf, grant).signed(keyring)
    write_header(folder, header)
    return header


def _context(folder: Path, header: VaultHeader, keyring: KeyRing, engine: Engine, user: CurrentUser,
             signatures: Signatures) -> Context:
    return Context(folder, folder / DATABASE_NAME, header, keyring, engine, user, BlobStore(folder / BLOB_FOLDER),
                   signatures)


def check_not_rolled_back(context: Context) -> None:
    anchor = read_anchor(context.header.archive_id, context.folder)
    if anchor is None:
        return
    with context.read() as session:
        last, _ = context.audit.last(session)
        chain = context.audit.chain_at(session, anchor.audit_seq) if anchor.audit_seq else None
    if last < anchor.audit_seq:
        raise rolled_back(context.folder, anchor.audit_seq, last)
    if anchor.audit_seq and (chain is None or chain.hex() != anchor.audit_chain):
        raise rolled_back(context.folder, anchor.audit_seq, last)


def update_anchor(context: Context) -> None:
    """Tell this machine's anchor how far the archive has come."""
    with context.read() as session:
        seq, chain = context.audit.last(session)
    write_anchor(Anchor(context.header.archive_id, seq, chain.hex(), context.header.generation,
                        context.signatures.pins.roster.hex()), context.folder)


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
        if context.keyring.roster_seed:
            context.audit.write_checkpoint(session)
    clear_failed_unlocks(context.folder)
    update_anchor(context)


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


def _open_database(folder: Path, keyring: KeyRing, header: VaultHeader | None = None) -> Engine:
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
    if header is not None and written_generation(folder) > header.generation:
        raise DamagedFile(Message(
            "The vault header in '{folder}' is older than the archive's keys (the keys were changed after "
            "this header was written): an older copy of 'vault.header' was put back. Restore the archive "
            "from a backup, or put the newer header back.",
            folder=folder,
        ))
    raise last_error or DamagedFile(Message("The archive's database cannot be opened."))


def current_user(engine: Engine, keyring: KeyRing, grant: SlotGrant, signatures: Signatures) -> CurrentUser:
    """Who is signing in, with the role the signed roster gives them (never a plain column)."""
    if keyring.roster_seed and signing.public_of(keyring.roster_seed) != signatures.pins.roster:
        raise slot_changed()
    if grant.user_id == RECOVERY_SLOT_ID and not keyring.roster_seed:
        raise slot_changed()  # the recovery slot always holds the roster key
    with Session(engine) as session:
        signatures.load_roster(session)
        if grant.user_id == RECOVERY_SLOT_ID:
            return RECOVERY_USER
        row = session.scalars(select(User).where(User.id == grant.user_id)).first()
        if row is None or row.removed_at is not None:
            raise WrongPassphrase(Message("That user name and passphrase do not open this archive."))
        member = signatures.roster.get(row.id)
        if member is None:
            raise TamperedRecord(Message(
                "Your entry in the staff roster was changed without a custodian's signature, so your role "
                "cannot be trusted; ask a custodian to check the archive.",
            ))
        if member.role.value != grant.role or not keyring.user_seed \
                or signing.public_of(keyring.user_seed) != member.public:
            raise slot_changed()
        name = Sealer(keyring, grant.role).open_text(row, "name_sealed")
    return CurrentUser(row.id, name, member.role)
